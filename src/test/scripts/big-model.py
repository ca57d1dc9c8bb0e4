#!/usr/bin/env python3
"""Writes a large model JSON for trying the window and `bench timeline --model` on it, from small model files.

    python3 src/test/scripts/big-model.py --articles 100000 [--groups 3] OUT.json SEED.json [SEED.json ...]

The seeds (what `extract` writes, e.g. the files of src/test/scripts/model-identity.sh; identical files are read
once) are copied, every article with a new id, until there are --articles of them, with their dates, quotes,
figures, timexes and coverages. The copies fall into --groups groups: the copies of a group share their events,
stories, quote clusters and coverages (each event then has a mention in every copy, as the Spark job's events
have over a replicated corpus), and group g has every date moved g years later, so that more groups give more
events over more years. Streams its output: the memory it needs is the seeds'.
"""
import argparse
import hashlib
import json
import re
import sys

YEAR = re.compile(r"^(\d{4})")


def shifted(value, years):
    """A TIMEX3 value or ISO date moved `years` later (29 February becomes the 28th in a common year)."""
    if not value or years == 0:
        return value
    m = YEAR.match(value)
    if not m:
        return value
    year = int(m.group(1)) + years
    rest = value[4:]
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    if rest.startswith("-02-29") and not leap:
        rest = "-02-28" + rest[6:]
    return "%04d%s" % (year, rest)


def read_seeds(paths):
    seeds, seen = [], set()
    for path in paths:
        raw = open(path, "rb").read()
        digest = hashlib.sha1(raw).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        model = json.loads(raw)
        if model.get("schemaVersion") != 1:
            sys.exit("%s: not a model JSON of schema version 1" % path)
        seeds.append(model)
    return seeds


class Writer:
    """One top-level array after another, one object per line."""

    def __init__(self, out):
        self.out = out
        self.out.write('{"schemaVersion": 1')
        self.first = True

    def start(self, name):
        self.out.write(',\n"%s": [' % name)
        self.first = True

    def item(self, obj):
        self.out.write("\n" if self.first else ",\n")
        self.out.write(json.dumps(obj, ensure_ascii=False))
        self.first = False

    def end(self):
        self.out.write("]")

    def close(self):
        self.out.write("}\n")


class Copies:
    """Which copy of which seed article each new article is, and the ids of copies and groups."""

    def __init__(self, seeds, articles, groups):
        self.seeds = seeds
        self.size = sum(len(s["articles"]) for s in seeds)
        self.copies = -(-articles // self.size)
        self.articles = articles
        self.groups = max(1, min(groups, self.copies))
        self.offsets = [sum(len(s["articles"]) for s in seeds[:i]) for i in range(len(seeds))]

    def present(self, copy, seed, index):
        """Whether that copy of the seed's article-th article is among the first --articles."""
        return copy * self.size + self.offsets[seed] + index < self.articles

    def group(self, copy):
        return copy * self.groups // self.copies

    def copies_of(self, group):
        return [c for c in range(self.copies) if self.group(c) == group]

    @staticmethod
    def article(copy, seed, aid):
        return "c%ds%d-%s" % (copy, seed, aid)

    @staticmethod
    def grouped(group, seed, oid):
        return "g%ds%d-%s" % (group, seed, oid)


def per_article(copies, name, write, fix):
    """The objects of array `name` that belong to one article (timexes, quotes, claims), for every copy present."""
    write.start(name)
    for copy in range(copies.copies):
        years = copies.group(copy)
        for si, seed in enumerate(copies.seeds):
            index = {a["id"]: i for i, a in enumerate(seed["articles"])}
            for o in seed.get(name) or []:
                if copies.present(copy, si, index[o["article"]]):
                    o = dict(o, article=Copies.article(copy, si, o["article"]))
                    if "id" in o:
                        o["id"] = Copies.article(copy, si, o["id"])
                    write.item(fix(o, years))
    write.end()


def mentions(copies, group, si, seed, spans):
    index = {a["id"]: i for i, a in enumerate(seed["articles"])}
    return [dict(m, article=Copies.article(c, si, m["article"])) for c in copies.copies_of(group) for m in spans
            if copies.present(c, si, index[m["article"]])]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--groups", type=int, default=1)
    ap.add_argument("out")
    ap.add_argument("seeds", nargs="+")
    args = ap.parse_args()
    copies = Copies(read_seeds(args.seeds), args.articles, args.groups)
    with open(args.out, "w", encoding="utf-8") as out:
        write = Writer(out)
        write.start("articles")
        for copy in range(copies.copies):
            for si, seed in enumerate(copies.seeds):
                for i, a in enumerate(seed["articles"]):
                    if copies.present(copy, si, i):
                        write.item(dict(a, id=Copies.article(copy, si, a["id"]),
                                        published=shifted(a.get("published"), copies.group(copy))))
        write.end()
        per_article(copies, "timexes", write, lambda o, y: dict(o, value=shifted(o["value"], y)))
        per_article(copies, "quotes", write, lambda o, y: o)
        per_article(copies, "claims", write, lambda o, y: o)
        grouped(copies, write)
        write.close()
    total_events = sum(len(s.get("events") or []) for s in copies.seeds) * copies.groups
    print("%s: %d articles, %d copies of %d seed articles in %d groups, about %d events"
          % (args.out, args.articles, copies.copies, copies.size, copies.groups, total_events))


def grouped(copies, write):
    """Events, stories, quote clusters and coverages: one of each per group, over every copy of the group."""
    write.start("events")
    for g in range(copies.groups):
        for si, seed in enumerate(copies.seeds):
            for e in seed.get("events") or []:
                spans = mentions(copies, g, si, seed, e["mentions"])
                if spans:
                    write.item(dict(e, id=Copies.grouped(g, si, e["id"]), date=shifted(e["date"], g),
                                    end=shifted(e.get("end"), g), mentions=spans,
                                    story=e.get("story") and Copies.grouped(g, si, e["story"])))
    write.end()
    write.start("stories")
    for g in range(copies.groups):
        for si, seed in enumerate(copies.seeds):
            for s in seed.get("stories") or []:
                write.item(dict(s, id=Copies.grouped(g, si, s["id"]), start=shifted(s["start"], g),
                                end=shifted(s["end"], g)))
    write.end()
    write.start("quoteClusters")
    for g in range(copies.groups):
        for si, seed in enumerate(copies.seeds):
            index = {q["id"]: q["article"] for q in seed.get("quotes") or []}
            order = {a["id"]: i for i, a in enumerate(seed["articles"])}
            for c in seed.get("quoteClusters") or []:
                members = [dict(m, quote=Copies.article(k, si, m["quote"]),
                                verdict=m["verdict"] if n == 0 or m["verdict"] != "reference" else "verbatim")
                           for n, k in enumerate(copies.copies_of(g)) for m in c["members"]
                           if copies.present(k, si, order[index[m["quote"]]])]
                if members:
                    write.item(dict(c, id=Copies.grouped(g, si, c["id"]), members=members))
    write.end()
    write.start("coverages")
    for g in range(copies.groups):
        for si, seed in enumerate(copies.seeds):
            order = {a["id"]: i for i, a in enumerate(seed["articles"])}
            for c in seed.get("coverages") or []:
                ids = [Copies.article(k, si, a) for k in copies.copies_of(g) for a in c["articles"]
                       if copies.present(k, si, order[a])]
                happenings = [dict(h, id=Copies.grouped(g, si, h["id"]), date=shifted(h.get("date"), g),
                                   mentions=mentions(copies, g, si, seed, h["mentions"]),
                                   events=[Copies.grouped(g, si, e) for e in h.get("events") or []])
                              for h in c.get("happenings") or []]
                if ids:
                    write.item(dict(c, id=Copies.grouped(g, si, c["id"]), articles=ids, happenings=happenings))
    write.end()


if __name__ == "__main__":
    main()
