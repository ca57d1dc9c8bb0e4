#!/usr/bin/env python3
"""Writes each gold corpus under ../shared/corpora as plain article folders (one .txt per document, a corpus.json
with the creation date), so `parallax extract` can be run on them: the model-identity check of a refactoring
(same folders, same JSON before and after). Text is rebuilt from the tokens, one sentence per line, one paragraph
per sentence; it need not match the eval readers, only stay the same between two runs."""
import json, re, sys, pathlib, html
import xml.etree.ElementTree as ET

def tokens_doc(path):
    root = ET.parse(path).getroot()
    sents = {}
    for t in root.iter('token'):
        sents.setdefault(int(t.get('sentence')), []).append(t.text or '')
    dct = None
    for tx in root.iter('TIMEX3'):
        if tx.get('functionInDocument') == 'CREATION_TIME' and re.match(r'\d{4}-\d\d-\d\d', tx.get('value') or ''):
            dct = tx.get('value')[:10]
    return ['' .join(' '.join(ws)) for _, ws in sorted(sents.items())], dct

def timeml_doc(path):
    root = ET.parse(path).getroot()
    dct = None
    for tx in root.iter('TIMEX3'):
        if tx.get('functionInDocument') == 'CREATION_TIME':
            dct = (tx.get('value') or '')[:10] or None
    text = root.find('TEXT')
    sents = [''.join(s.itertext()) for s in text.iter('s')] if text is not None else []
    return sents, dct

def main(src, dst):
    src, dst = pathlib.Path(src), pathlib.Path(dst)
    for corpus in sorted(p for p in src.iterdir() if p.is_dir()):
        files = sorted(corpus.rglob('*.xml')) + sorted(corpus.rglob('*.tml'))
        # one folder per directory holding documents: a topic, a track, a MEANTIME sub-corpus
        by_dir = {}
        for f in files:
            if f.name.endswith('.xsd'):
                continue
            by_dir.setdefault(f.parent, []).append(f)
        for d, fs in sorted(by_dir.items()):
            out = dst / str(d.relative_to(src)).replace('/', '__')
            out.mkdir(parents=True, exist_ok=True)
            manifest = []
            for f in fs:
                try:
                    sents, dct = timeml_doc(f) if f.suffix == '.tml' else tokens_doc(f)
                except ET.ParseError:
                    continue
                if not sents:
                    continue
                name = f.stem + '.txt'
                (out / name).write_text('\n\n'.join(sents) + '\n', encoding='utf-8')
                entry = {'file': name}
                if dct:
                    entry['published'] = dct
                manifest.append(entry)
            (out / 'corpus.json').write_text(json.dumps({'articles': manifest}, indent=1), encoding='utf-8')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
