package org.parallax.extract.source;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.model.Corpus;
import org.parallax.model.DateSource;
import org.parallax.model.Outlet;

/**
 * Settles the outlet and publication date of articles the manifest leaves without them, from the article's own
 * words: its text and the page-furniture lines the loader removed ({@link Article#removedLines()}), and its URL.
 * What the manifest gave is never overridden: an outlet is set only where it is {@link Outlet#UNKNOWN}, a date only
 * where {@code publishedFrom} is {@link DateSource#UNKNOWN}. An article nothing dates stays undated.
 *
 * <p>Outlet, from evidence summed per outlet ({@link Evidence} weights; at least {@link #OUTLET_THRESHOLD}):
 * the article URL's host; a news-agency credit in the dateline ("(Reuters) -"); the outlet speaking of itself
 * ("Rise News just launched", "Follow X News on Twitter", "© 2015 X News. All rights reserved", "X News has
 * contacted ... for comment"); page-furniture signatures ({@code signatures.txt}); e-mail addresses offered for
 * contact ("Contact the writer at feedback@ibtimes.com.au") or standing in furniture; web addresses in furniture.
 * Domains are named through {@code outlets.txt}, else by the domain itself. An outlet the article cites ("told
 * Reuters", "as reported by Reuters", "according to the BBC") is not its writer: no rule reads those words.
 *
 * <p>Date, first rule that finds one: a "Published"/"Posted" line; a dateline with a full date; a date in the
 * article's URL; a date in a link to the article's own outlet; an "Updated" line; a line that is only a date
 * (in furniture or the first paragraphs); a dateline's month and day with the year of a dated URL
 * ({@link DateSource#TEXT} for all of these). Last, a dateline's month and day without any year gets the year
 * that puts it nearest to a dated article of the corpus ({@link DateSource#INFERRED}): the corpus is a set of
 * articles about related events, so "Oct 21" in a corpus dated October 2015 is 21 October 2015.
 */
public final class SourceInference {

    /** The summed evidence weight an outlet needs. */
    public static final int OUTLET_THRESHOLD = 5;

    private static final System.Logger LOG = System.getLogger(SourceInference.class.getName());

    /** What an article's own words say about its source. */
    public record Reading(Optional<OutletFinding> outlet, Optional<DateFinding> date, Optional<MonthDay> datelineDay) {

        public Reading {
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(datelineDay, "datelineDay");
        }
    }

    /** What is not read: an article whose outlet and date are known already. */
    private static final Reading NOTHING_READ = new Reading(Optional.empty(), Optional.empty(), Optional.empty());

    private static final Set<String> NEWS_WORDS = Set.of("news", "times", "post", "journal", "herald", "tribune",
            "gazette", "telegraph", "guardian", "express", "mail", "mirror", "star", "chronicle", "observer",
            "independent", "review", "report", "press", "wire", "daily", "today", "insider", "network", "media", "tv",
            "radio", "channel", "broadcasting", "agency", "magazine", "weekly", "monitor", "record", "standard",
            "examiner", "inquirer", "dispatch", "bulletin", "courier", "sentinel", "online", "reporter", "digest",
            "register", "voice", "newspaper", "newsroom", "correspondent", "times.", "news.");
    private static final Set<String> NOT_NAMES = Set.of("like", "follow", "subscribe", "send", "stay", "share", "read",
            "if", "this", "we", "our", "the", "have", "and", "but", "it", "he", "she", "they", "you");

    private static final String WORD = "[A-Z](?:[\\w&'’-]|\\.(?=\\w))*+"; // possessive: one pass, no recursion
    private static final String NAME = "(?<name>(?:The\\s)?" + WORD + "(?:\\s(?:of\\s|&\\s|and\\s)?" + WORD + "){0,4})";
    private static final List<Pattern> SELF = List.of(
            Pattern.compile("(?:^|[.?!:]\\s+)" + NAME + "\\s+(?:has\\s+|have\\s+)?(?:just\\s+|only\\s+|recently\\s+)?"
                    + "(?:launched|was\\s+launched|was\\s+founded|is\\s+an\\s+independent|is\\s+a\\s+(?:news|media|digital"
                    + "|non-?profit|reader-funded))\\b"),
            Pattern.compile("\\b(?:Follow|Like)\\s+" + NAME + "\\s+on\\s+(?:Facebook|Twitter|X|Instagram|YouTube|Telegram"
                    + "|LinkedIn|Threads|Bluesky)\\b"),
            Pattern.compile("\\bSubscribe\\s+to\\s+" + NAME + "(?:'s|’s)?(?:\\s+(?:newsletter|on|channel|for)|[.!]|$)"),
            Pattern.compile("\\bSign\\s+up\\s+(?:for|to)\\s+(?:the\\s+)?" + NAME + "(?:'s|’s)?\\s+(?:newsletter|daily|briefing"
                    + "|morning|evening)"),
            Pattern.compile("\\bDownload\\s+(?:the\\s+)?" + NAME + "\\s+app\\b"),
            Pattern.compile("(?:^|[.]\\s+)" + NAME + "\\s+(?:has|have)\\s+(?:contacted|reached\\s+out\\s+to|approached"
                    + "|asked)\\s.{1,80}?\\bfor\\s+(?:comment|a\\s+response|a\\s+statement)"));
    private static final Pattern COPYRIGHT = Pattern.compile("^\\W{0,2}(?:Copyright\\s*)?(?:©|\\(c\\)|Copyright)\\s*"
            + "(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?,?\\s*)?" + NAME);
    private static final Pattern PHOTO = Pattern.compile("(?i)\\b(photo|image|picture|credit|getty|video|footage)\\b|/");

    /** A host name: labels of at most 63 characters (as DNS allows), at most 16, matched in one pass. */
    private static final String HOST = "[\\w-]{1,63}+(?:\\.[\\w-]{1,63}+){1,16}+";
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]{1,64}+@(?<host>" + HOST + ")");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)(?<host>" + HOST + ")[^\\s\"'<>)]{0,2000}+");
    private static final Pattern BARE_DOMAIN = Pattern.compile(
            "\\b(?<host>(?:[a-z0-9-]{1,63}+\\.){1,8}(?:com|net|org|news|info|co\\.uk|com\\.au|co|ru|de|fr|ca|in|tv))\\b"
                    + "(?![\\w@-])");
    private static final Pattern CONTACT = Pattern.compile("(?i)\\b(contact|send|e-?mail|write\\s+to|reach|tips?|feedback"
            + "|let\\s+us\\s+know|get\\s+in\\s+touch|questions|comments?|corrections?)\\b");
    private static final Set<String> CONTACT_MAILBOXES = Set.of("feedback", "news", "tips", "newstips", "newsdesk",
            "editor", "editors", "letters", "info", "contact", "desk", "newsroom", "corrections", "webmaster");
    private static final Pattern OWN_SITE = Pattern.compile("(?i)\\b(our|visit\\s+us|find\\s+us)\\b");

    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>[A-Z][A-Z.'’-]+(?:\\s[A-Z][A-Z.'’-]+){0,3})"
                    + "(?:,\\s*(?<region>[A-Z][a-z.'’]+(?:\\s[A-Z][a-z.'’]+){0,2}))??"
                    + "(?:,?\\s*(?<date>" + DateText.MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+" + DateText.MONTH.replace("<month>", "<month2>")
                    + "(?:\\s+\\d{4})?))?"
                    + "\\s*(?:\\((?<credit>[A-Za-z][A-Za-z .]{0,20})\\))?\\s*[-–—]{1,2}\\s");
    private static final Pattern LABEL = Pattern.compile(
            "(?:^|[|•·]\\s*)\\W{0,3}(?:(?i:first|originally)\\s+)?(?<label>(?i:published|posted|updated|last\\s+updated"
                    + "|last\\s+modified|modified|date|dated))\\b\\s*(?:on|at|:|-)?\\s*(?<rest>.{0,80})");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b,?");
    private static final Pattern TIME = Pattern.compile(
            "\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?i:am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?:[A-Z]{2,5}\\b)?");
    private static final Set<String> DAY_FIRST_TLDS = Set.of("uk", "au", "nz", "ie", "in", "ru", "de", "fr", "sg",
            "za", "es", "it", "nl", "eu", "tr", "il", "ae", "sy", "ir", "pk");

    private final OutletDirectory directory = OutletDirectory.get();
    private final Signatures signatures = Signatures.get();

    /**
     * The corpus with every article's unknown outlet and undated publication settled where its words (or, for a
     * dateline without a year, the corpus) allow; every other field as it was.
     */
    public Corpus infer(Corpus corpus) {
        return infer(corpus, () -> { });
    }

    /**
     * As {@link #infer(Corpus)}, running {@code checkpoint} before each article is read: a checkpoint that throws (a
     * cancelled opening) stops the inference there, with what it threw.
     */
    public Corpus infer(Corpus corpus, Runnable checkpoint) {
        List<Article> articles = new ArrayList<>();
        // Articles are read on every core; one whose outlet and date are both known has nothing to settle
        List<Reading> readings = corpus.articles().parallelStream()
                .map(a -> {
                    checkpoint.run();
                    return a.outlet().isKnown() && a.publishedFrom() != DateSource.UNKNOWN ? NOTHING_READ : read(a);
                })
                .toList();
        for (int i = 0; i < readings.size(); i++) {
            Article a = corpus.articles().get(i);
            Reading r = readings.get(i);
            Article b = a;
            if (!b.outlet().isKnown() && r.outlet().isPresent()) {
                b = b.withOutlet(r.outlet().get().outlet());
                LOG.log(System.Logger.Level.DEBUG, "{0}: outlet {1} from {2} \"{3}\"", a.id(),
                        r.outlet().get().outlet().name(), r.outlet().get().evidence(), r.outlet().get().excerpt());
            }
            if (b.publishedFrom() == DateSource.UNKNOWN && r.date().isPresent()) {
                b = b.withPublished(r.date().get().date(), DateSource.TEXT);
                LOG.log(System.Logger.Level.DEBUG, "{0}: published {1} from {2} \"{3}\"", a.id(), r.date().get().date(),
                        r.date().get().how(), r.date().get().excerpt());
            }
            articles.add(b);
        }
        // Distinct dates, and one answer per day of the year: the same answer as over every article's date, without
        // a scan of the corpus per undated article (a folder of undated datelines was quadratic)
        List<LocalDate> anchors = articles.stream()
                .filter(a -> a.publishedFrom() == DateSource.MANIFEST || a.publishedFrom() == DateSource.TEXT)
                .map(Article::published).distinct().sorted().toList();
        Map<MonthDay, Optional<LocalDate>> nearest = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Optional<MonthDay> day = readings.get(i).datelineDay();
            if (a.publishedFrom() == DateSource.UNKNOWN && day.isPresent()) {
                Optional<LocalDate> inferred = nearest.computeIfAbsent(day.get(), d -> nearestYear(d, anchors));
                if (inferred.isPresent()) {
                    articles.set(i, a.withPublished(inferred.get(), DateSource.INFERRED));
                    LOG.log(System.Logger.Level.DEBUG, "{0}: published {1} inferred from dateline {2} and the corpus",
                            a.id(), inferred.get(), day.get());
                }
            }
        }
        return corpus.withArticles(articles);
    }

    /** What an article's words say about its outlet and date, whatever the manifest says. */
    public Reading read(Article article) {
        List<Line> lines = lines(article);
        Optional<OutletFinding> outlet = outlet(article, lines);
        Outlet effective = article.outlet().isKnown() ? article.outlet()
                : outlet.map(OutletFinding::outlet).orElse(Outlet.UNKNOWN);
        Optional<String> ownDomain = effective.isKnown() ? directory.domainOf(effective) : Optional.empty();
        boolean dayFirst = ownDomain.map(d -> DAY_FIRST_TLDS.contains(d.substring(d.lastIndexOf('.') + 1)))
                .orElse(false);
        Dateline dateline = dateline(lines, dayFirst);
        Optional<DateFinding> date = date(article, lines, dateline, ownDomain, dayFirst);
        Optional<MonthDay> day = date.isPresent() ? Optional.empty() : dateline.day();
        return new Reading(outlet, date, day);
    }

    /**
     * The date with {@code day}'s month and day nearest to one of {@code anchors}, trying the anchors' years and
     * the years either side; empty without anchors.
     */
    static Optional<LocalDate> nearestYear(MonthDay day, List<LocalDate> anchors) {
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (LocalDate anchor : anchors.stream().sorted().toList()) {
            for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
                if (!day.isValidYear(year)) {
                    continue;
                }
                LocalDate candidate = day.atYear(year);
                long distance = Math.abs(ChronoUnit.DAYS.between(candidate, anchor));
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    // ---- outlet --------------------------------------------------------------------------------------------

    /** One line of an article: a text paragraph line, or a removed page-furniture line. */
    private record Line(String text, boolean furniture, int paragraph) {
    }

    private static List<Line> lines(Article article) {
        List<Line> out = new ArrayList<>();
        int paragraph = 0;
        for (String p : article.paragraphs()) {
            for (String l : p.split("\n")) {
                if (!l.isBlank()) {
                    out.add(new Line(l.strip(), false, paragraph));
                }
            }
            paragraph++;
        }
        for (String l : article.removedLines()) {
            if (!l.isBlank()) {
                out.add(new Line(l.strip(), true, -1));
            }
        }
        return out;
    }

    private final class Tally {
        private final Map<String, Integer> scores = new LinkedHashMap<>();
        private final Map<String, OutletFinding> strongest = new LinkedHashMap<>();

        void add(Outlet outlet, Evidence evidence, String excerpt) {
            if (!outlet.isKnown()) {
                return;
            }
            String key = outlet.name().toLowerCase(Locale.ROOT);
            scores.merge(key, evidence.weight(), Integer::sum);
            OutletFinding previous = strongest.get(key);
            if (previous == null || previous.evidence().weight() < evidence.weight()) {
                strongest.put(key, new OutletFinding(outlet, evidence, excerpt, 0));
            }
        }

        Optional<OutletFinding> best() {
            Comparator<String> order = Comparator.<String>comparingInt(scores::get)
                    .thenComparingInt(k -> strongest.get(k).evidence().weight());
            List<String> ranked = scores.keySet().stream().sorted(order.reversed()).toList();
            if (ranked.isEmpty() || scores.get(ranked.get(0)) < OUTLET_THRESHOLD) {
                return Optional.empty();
            }
            if (ranked.size() > 1 && order.compare(ranked.get(0), ranked.get(1)) == 0) {
                LOG.log(System.Logger.Level.DEBUG, "outlet undecided between {0} and {1}", ranked.get(0), ranked.get(1));
                return Optional.empty();
            }
            OutletFinding f = strongest.get(ranked.get(0));
            return Optional.of(new OutletFinding(f.outlet(), f.evidence(), f.excerpt(), scores.get(ranked.get(0))));
        }
    }

    private Optional<OutletFinding> outlet(Article article, List<Line> lines) {
        Tally tally = new Tally();
        if (!article.url().isBlank()) {
            Matcher m = URL.matcher(article.url().strip());
            String host = m.lookingAt() ? m.group("host") : article.url().strip().replaceFirst("[/?#].*", "");
            directory.forHost(host).ifPresent(o -> tally.add(o, Evidence.ARTICLE_URL, article.url()));
        }
        for (Line line : lines) {
            String s = line.text();
            if (!line.furniture() && line.paragraph() < 3) {
                Matcher d = DATELINE.matcher(s);
                if (d.lookingAt() && d.group("credit") != null) {
                    directory.credit(d.group("credit")).ifPresent(o -> tally.add(o, Evidence.DATELINE_CREDIT, s));
                }
            }
            signatures.find(s).ifPresent(sig -> tally.add(sig.outlet(), Evidence.SIGNATURE, s));
            for (Pattern p : SELF) {
                Matcher m = p.matcher(s);
                while (m.find()) {
                    selfName(m.group("name")).ifPresent(o -> tally.add(o, Evidence.SELF_REFERENCE, s));
                }
            }
            Matcher c = COPYRIGHT.matcher(s);
            if (c.lookingAt() && !PHOTO.matcher(s).find()
                    && (s.toLowerCase(Locale.ROOT).contains("all rights reserved") || s.matches("(?i)^\\W{0,2}(copyright|©).*"))) {
                selfName(c.group("name")).ifPresent(o -> tally.add(o, Evidence.SELF_REFERENCE, s));
            }
            Matcher e = EMAIL.matcher(s);
            while (e.find()) {
                String mailbox = e.group().substring(0, e.group().indexOf('@')).toLowerCase(Locale.ROOT);
                boolean contact = CONTACT.matcher(s).find() || CONTACT_MAILBOXES.contains(mailbox);
                Evidence ev = contact ? Evidence.CONTACT_EMAIL : line.furniture() ? Evidence.FURNITURE_EMAIL : null;
                if (ev != null) {
                    directory.forHost(e.group("host")).ifPresent(o -> tally.add(o, ev, s));
                }
            }
            if (line.furniture() || OWN_SITE.matcher(s).find()) {
                String withoutMail = EMAIL.matcher(s).replaceAll(" ");
                Matcher u = URL.matcher(withoutMail);
                List<String> hosts = new ArrayList<>();
                while (u.find()) {
                    hosts.add(u.group("host"));
                }
                Matcher b = BARE_DOMAIN.matcher(URL.matcher(withoutMail).replaceAll(" "));
                while (b.find()) {
                    hosts.add(b.group("host"));
                }
                for (String host : hosts) {
                    directory.forHost(host).ifPresent(o -> tally.add(o, Evidence.FURNITURE_URL, s));
                }
            }
        }
        return tally.best();
    }

    /** A self-reference's name, if it names an outlet: a listed outlet, or a name with a news word in it. */
    private Optional<Outlet> selfName(String raw) {
        String name = raw.strip().replaceAll("(?:'s|’s)$", "").replaceAll("[.,;:]+$", "");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String first = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(first) && !name.startsWith("The ")) {
            return Optional.empty();
        }
        Optional<String> canonical = directory.canonicalName(name);
        if (canonical.isPresent()) {
            return canonical.map(Outlet::of);
        }
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (NEWS_WORDS.contains(w)) {
                return Optional.of(Outlet.of(name));
            }
        }
        return Optional.empty();
    }

    // ---- date ------------------------------------------------------------------------------------------------

    /** A dateline's date: complete, or month and day only, or nothing. */
    private record Dateline(Optional<DateFinding> full, Optional<MonthDay> day, String excerpt) {
    }

    private Dateline dateline(List<Line> lines, boolean dayFirst) {
        for (Line line : lines) {
            if (line.furniture() || line.paragraph() >= 3) {
                continue;
            }
            Matcher d = DATELINE.matcher(line.text());
            if (!d.lookingAt() || d.group("date") == null || d.group("place").replaceAll("[^A-Z]", "").length() < 2) {
                continue;
            }
            String date = d.group("date");
            String excerpt = line.text().substring(0, d.end()).strip();
            Optional<LocalDate> full = DateText.find(date, dayFirst);
            if (full.isPresent()) {
                return new Dateline(Optional.of(new DateFinding(full.get(), DateSource.TEXT, "dateline", excerpt)),
                        Optional.empty(), excerpt);
            }
            Optional<MonthDay> day = DateText.findMonthDay(date);
            if (day.isPresent()) {
                return new Dateline(Optional.empty(), day, excerpt);
            }
        }
        return new Dateline(Optional.empty(), Optional.empty(), "");
    }

    private Optional<DateFinding> date(Article article, List<Line> lines, Dateline dateline, Optional<String> ownDomain,
                                       boolean dayFirst) {
        Optional<DateFinding> published = labelled(lines, dayFirst, false);
        if (published.isPresent()) {
            return published;
        }
        if (dateline.full().isPresent()) {
            return dateline.full();
        }
        List<String> ownUrls = new ArrayList<>();
        if (!article.url().isBlank()) {
            ownUrls.add(article.url().strip());
        }
        if (ownDomain.isPresent()) {
            for (Line line : lines) {
                Matcher u = URL.matcher(line.text());
                while (u.find()) {
                    String host = u.group("host").toLowerCase(Locale.ROOT);
                    if (host.equals(ownDomain.get()) || host.endsWith("." + ownDomain.get())) {
                        ownUrls.add(u.group());
                    }
                }
            }
        }
        for (String url : ownUrls) {
            Optional<LocalDate> d = DateText.inUrl(url);
            if (d.isPresent()) {
                return Optional.of(new DateFinding(d.get(), DateSource.TEXT, "url", url));
            }
        }
        Optional<DateFinding> updated = labelled(lines, dayFirst, true);
        if (updated.isPresent()) {
            return updated;
        }
        for (Line line : lines) {
            if (line.furniture() || line.paragraph() < 3) {
                Optional<LocalDate> d = onlyADate(line.text(), dayFirst);
                if (d.isPresent()) {
                    return Optional.of(new DateFinding(d.get(), DateSource.TEXT, "date line", line.text()));
                }
            }
        }
        if (dateline.day().isPresent()) {
            for (String url : ownUrls) {
                Optional<Integer> year = DateText.yearInUrl(url);
                if (year.isPresent() && dateline.day().get().isValidYear(year.get())) {
                    return Optional.of(new DateFinding(dateline.day().get().atYear(year.get()), DateSource.TEXT,
                            "dateline + url year", dateline.excerpt() + " " + url));
                }
            }
        }
        return Optional.empty();
    }

    /** "Published: 21 October 2015", "Posted on Oct. 21, 2015", or with {@code updated} "Updated 21.10.2015". */
    private Optional<DateFinding> labelled(List<Line> lines, boolean dayFirst, boolean updated) {
        for (Line line : lines) {
            if (line.text().length() > 200) {
                continue;
            }
            Matcher m = LABEL.matcher(line.text());
            while (m.find()) {
                String label = m.group("label").toLowerCase(Locale.ROOT);
                boolean isUpdate = label.contains("updated") || label.contains("modified");
                if (isUpdate != updated) {
                    continue;
                }
                Optional<LocalDate> d = DateText.find(m.group("rest"), dayFirst);
                if (d.isPresent()) {
                    return Optional.of(new DateFinding(d.get(), DateSource.TEXT,
                            updated ? "updated line" : "published line", line.text()));
                }
            }
        }
        return Optional.empty();
    }

    /** A line that is a date and nothing else but a weekday and a time: "Wednesday, October 21, 2015 | 10:32 GMT". */
    private static Optional<LocalDate> onlyADate(String line, boolean dayFirst) {
        if (line.length() > 80) {
            return Optional.empty();
        }
        String rest = TIME.matcher(WEEKDAY.matcher(line).replaceAll(" ")).replaceAll(" ");
        rest = rest.replaceAll("^[\\s|,•·:;.\\-–—]+|[\\s|,•·:;.\\-–—]+$", "");
        Optional<LocalDate> d = DateText.find(rest, dayFirst);
        if (d.isEmpty()) {
            return d;
        }
        String withoutDate = rest.replaceAll("\\d|January|February|March|April|May|June|July|August|September|October"
                + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|st|nd|rd|th|of|[\\s,./-]", "");
        return withoutDate.isEmpty() ? d : Optional.empty();
    }
}
