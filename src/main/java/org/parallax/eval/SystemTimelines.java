package org.parallax.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.compare.event.Words;
import org.parallax.model.Corpus;
import org.parallax.model.Event;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.TimePrecision;
import org.parallax.model.TimexValue;
import org.parallax.text.PartsOfSpeech;

/**
 * The app's events as SemEval-2015 Task 4 timelines, one per target entity.
 *
 * <p>An event's mention joins an entity's timeline when a sentence it lies in names the entity
 * ({@link EntityMentions}), holds a quote of the app's whose speaker is the entity, or refers back to the one
 * entity the sentence before named ({@link #namedOrCarried}); the mention is named by
 * the predicates of that sentence ({@link #predicates}), each as {@code docid-sentence-word}, a word going to one
 * event only (the one whose statement holds it). All the mentions of one event are one line (coreferent), dated
 * by the event's date written as the task writes dates ({@code 2007-02-28}, {@code 2007-02-XX},
 * {@code 2007-XX-XX}); the lines are ordered by date, a coarser date before the finer ones it holds (2007 before
 * 28 February 2007), and events of one date share a position.
 */
final class SystemTimelines {

    /** A sentence's first word that refers back: a pronoun or the article of a definite description. */
    private static final java.util.regex.Pattern REFERRING =
            java.util.regex.Pattern.compile("It|Its|He|His|She|Her|They|Their|The");

    /** The timelines by entity, and what they were made from (for the errors by cause). */
    record Result(Map<String, Timelines.Timeline> byEntity, Set<String> sentencesWithEvents,
                  Map<String, Set<String>> sentencesByEntity) {
    }

    private final Map<String, List<GoldSentence>> sentences = new HashMap<>();
    private final EntityMentions names;
    private final PartsOfSpeech tagger = new PartsOfSpeech();
    private final Map<GoldSentence, String[]> tags = new IdentityHashMap<>();
    private final Map<String, List<Quote>> quotes = new HashMap<>();
    private final Map<String, List<org.parallax.model.TimeMention>> timexes = new HashMap<>();
    private final boolean everyPredicate;

    /** @param everyPredicate every predicate of a sentence, or each clause's main predicate only (see {@link #predicates}) */
    SystemTimelines(List<GoldDocument> documents, List<String> targets, boolean everyPredicate) {
        this.everyPredicate = everyPredicate;
        for (GoldDocument d : documents) {
            sentences.put(d.id(), GoldSentence.of(d));
        }
        this.names = new EntityMentions(targets);
    }

    Result build(Corpus compared) {
        Lines lines = new Lines();
        Set<String> withEvents = new HashSet<>();
        Map<String, Set<String>> byEntity = new HashMap<>();
        for (Event e : compared.events()) {
            if (timelineDate(e.date()) == null) {
                continue;
            }
            for (Span s : e.mentions()) {
                for (GoldSentence g : sentences.getOrDefault(s.articleId(), List.of())) {
                    int[] clause = g.tokensWithin(s.start(), s.end());
                    if (clause[1] == clause[0]) {
                        continue;
                    }
                    String key = g.doc() + "-" + g.id();
                    withEvents.add(key);
                    int dated = datedAt(g, e, compared);
                    for (EntityMentions.Mention m : firstOfEach(namedOrCarried(g, compared))) {
                        byEntity.computeIfAbsent(m.entity(), k -> new HashSet<>()).add(key);
                        for (int p : predicates(g, clause, m)) {
                            if (reportsDatedComplement(g, p, dated)) {
                                continue;
                            }
                            lines.place(m.entity(), e, name(g, p), p >= clause[0] && p < clause[1]);
                        }
                    }
                }
            }
        }
        Map<String, Timelines.Timeline> out = new LinkedHashMap<>();
        lines.byEntity.forEach((entity, events) -> {
            events.values().removeIf(Set::isEmpty);
            out.put(entity, timeline(entity, events));
        });
        return new Result(out, withEvents, byEntity);
    }

    /**
     * Each entity's events with their mentions; a word is one event's: the first whose statement holds it, else the
     * first of its sentence.
     */
    private static final class Lines {

        final Map<String, Map<Event, Set<String>>> byEntity = new LinkedHashMap<>();
        private final Map<String, Event> placed = new HashMap<>();
        private final Set<String> inStatement = new HashSet<>();

        void place(String entity, Event e, String mention, boolean inItsStatement) {
            String key = entity + " " + mention;
            Event had = placed.get(key);
            if (had != null && (!inItsStatement || inStatement.contains(key))) {
                return;
            }
            if (had != null) {
                byEntity.get(entity).get(had).remove(mention);
            }
            placed.put(key, e);
            if (inItsStatement) {
                inStatement.add(key);
            }
            byEntity.computeIfAbsent(entity, k -> new LinkedHashMap<>()).computeIfAbsent(e, k -> new LinkedHashSet<>())
                    .add(mention);
        }
    }

    /**
     * The targets a sentence names; when it names none and starts with a pronoun or a definite description ("It",
     * "He", "The company"), the one target the sentence before named, if it named exactly one (as a mention at the
     * sentence's start).
     */
    private List<EntityMentions.Mention> namedOrCarried(GoldSentence g, Corpus compared) {
        List<EntityMentions.Mention> here = named(g, compared);
        List<GoldSentence> doc = sentences.get(g.doc());
        int i = doc.indexOf(g);
        if (!here.isEmpty() || i <= 0 || g.tokens().length == 0 || !REFERRING.matcher(g.tokens()[0]).matches()) {
            return here;
        }
        List<EntityMentions.Mention> before = firstOfEach(named(doc.get(i - 1), compared));
        return before.size() == 1 ? List.of(new EntityMentions.Mention(before.get(0).entity(), 0, 0)) : here;
    }

    /**
     * The targets a sentence names, and the speakers of the app's quotes in it that are targets ("..., he said": the
     * app resolved "he"), as a mention at the sentence's start.
     */
    private List<EntityMentions.Mention> named(GoldSentence g, Corpus compared) {
        List<EntityMentions.Mention> out = new ArrayList<>(names.in(g.tokens()));
        for (Quote q : quotesIn(g, compared)) {
            String entity = names.named(q.speaker().name());
            if (entity != null) {
                out.add(new EntityMentions.Mention(entity, 0, 0));
            }
        }
        return out;
    }

    private List<Quote> quotesIn(GoldSentence g, Corpus compared) {
        return quotes.computeIfAbsent(g.doc(), d -> compared.quotes().stream()
                        .filter(q -> q.articleId().equals(d) && q.speakerIfKnown().isPresent()).toList())
                .stream().filter(q -> q.span().start() < g.end() && g.start() < q.span().end()).toList();
    }

    private static List<EntityMentions.Mention> firstOfEach(List<EntityMentions.Mention> all) {
        Map<String, EntityMentions.Mention> first = new LinkedHashMap<>();
        all.forEach(m -> first.putIfAbsent(m.entity(), m));
        return new ArrayList<>(first.values());
    }

    /** The lines of one entity: each event's mentions, at the rank of its date. */
    private static Timelines.Timeline timeline(String entity, Map<Event, Set<String>> events) {
        TreeSet<String> dates = new TreeSet<>(CHRONOLOGICAL);
        events.keySet().forEach(e -> dates.add(timelineDate(e.date())));
        List<String> order = new ArrayList<>(dates);
        List<Timelines.Entry> entries = new ArrayList<>();
        events.forEach((e, mentions) -> {
            String date = timelineDate(e.date());
            entries.add(new Timelines.Entry(order.indexOf(date) + 1, date, new ArrayList<>(mentions)));
        });
        entries.sort(Comparator.comparingInt(Timelines.Entry::position));
        return new Timelines.Timeline(entity, entries);
    }

    /** Earlier first day first; of one first day, the coarser date first. */
    static final Comparator<String> CHRONOLOGICAL = Comparator.comparing(SystemTimelines::firstDay)
            .thenComparing(d -> d.indexOf('X') < 0 ? 2 : d.startsWith("XX", 5) ? 0 : 1)
            .thenComparing(Comparator.naturalOrder());

    private static LocalDate firstDay(String timelineDate) {
        return LocalDate.parse(timelineDate.replace("XX", "01"));
    }

    /**
     * A TIMEX3 date value as the task writes it: a day as is, a month {@code YYYY-MM-XX}, a year {@code YYYY-XX-XX};
     * a week by its month, a time by its day, a season, quarter or half by its year; null for decades, centuries and
     * what is not a date.
     */
    static String timelineDate(String value) {
        TimexValue v = TimexValue.parse(value).orElse(null);
        if (v == null || v.first() == null) {
            return null;
        }
        TimePrecision p = v.precision();
        LocalDate d = v.first();
        String year = String.format(java.util.Locale.ROOT, "%04d", d.getYear());
        String month = String.format(java.util.Locale.ROOT, "%02d", d.getMonthValue());
        return switch (p) {
            case DAY, PART_OF_DAY, MINUTE, SECOND -> d.toString();
            case WEEK, MONTH -> year + "-" + month + "-XX";
            case YEAR, HALF_YEAR, QUARTER, SEASON -> year + "-XX-XX";
            default -> null;
        };
    }

    /** The word forms of verbs that report another happening ("said", "reported", "announced"). */
    private static final java.util.regex.Pattern REPORTING = java.util.regex.Pattern.compile("(?i)(?:say|said|says|saying"
            + "|report|reported|reports|reporting|announce|announced|announces|announcing|state|stated|states|stating"
            + "|tell|told|tells|telling|add|added|adds|adding|claim|claimed|claims|claiming|confirm|confirmed|confirms"
            + "|reveal|revealed|reveals|disclose|disclosed|discloses|warn|warned|warns|note|noted|notes)");

    /**
     * Where in sentence {@code g} the first timex giving the event's date starts (a token index), -1 when none does.
     */
    private int datedAt(GoldSentence g, Event e, Corpus compared) {
        String date = timelineDate(e.date());
        int at = -1;
        for (org.parallax.model.TimeMention t : timexes.computeIfAbsent(g.doc(), d -> compared.timexes().stream()
                .filter(x -> x.span().articleId().equals(d)).toList())) {
            if (t.span().start() >= g.start() && t.span().start() < g.end() && date.equals(timelineDate(t.value()))) {
                int[] within = g.tokensWithin(t.span().start(), g.end());
                at = at < 0 ? within[0] : Math.min(at, within[0]);
            }
        }
        return at;
    }

    /**
     * Whether predicate {@code p} reports another happening whose clause carries the date: a reporting verb before
     * the date with another verb between them ("GM reported losing $4.8bn in 2005": the loss is of 2005, the report
     * is not). "GM reported on Tuesday ..." and "In 2005, GM reported ..." date the report.
     */
    private boolean reportsDatedComplement(GoldSentence g, int p, int dated) {
        if (dated <= p || !REPORTING.matcher(g.tokens()[p]).matches()) {
            return false;
        }
        String[] pos = tags.computeIfAbsent(g, k -> tagger.tag(k.tokens()));
        for (int q = p + 1; q < dated; q++) {
            if (pos[q].equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Particles that make a phrasal verb even before its object ("rolled out the A380", "took off"); "in", "on" and
     * "over" are left out, being mostly prepositions there.
     */
    private static final Set<String> PARTICLES = Set.of("out", "off", "up", "down", "back", "away", "forward");

    /**
     * The task's name of predicate {@code p}: a phrasal verb is one mention of its verb and particle joined by "_"
     * ("rolled_out", "spoke_out"), as the task annotates it; a particle before a figure is the figure's ("closed up
     * 2%", "carry up to 555 passengers").
     */
    String name(GoldSentence g, int p) {
        String[] pos = tags.computeIfAbsent(g, k -> tagger.tag(k.tokens()));
        String[] t = g.tokens();
        boolean phrasal = pos[p].equals("VERB") && p + 1 < t.length
                && PARTICLES.contains(t[p + 1].toLowerCase(java.util.Locale.ROOT))
                && (p + 2 >= t.length || !(pos[p + 2].equals("NUM") || t[p + 2].matches("[$€£%].*")
                        || t[p + 1].equalsIgnoreCase("up") && t[p + 2].equals("to")));
        return phrasal ? g.mention(p) + "_" + t[p + 1] : g.mention(p);
    }

    /**
     * The predicates that name the entity's events: a word the app's part-of-speech tagger calls a verb (UD
     * {@code VERB}: auxiliaries and copulas left out) or the app's lexicon of news predicates names ("cuts",
     * "delivery"), never a capitalised word inside the sentence (a name). With {@link #everyPredicate} every one of the sentence from the entity's name on (the entity's
     * events; the events of a sentence share the date of its statement), else every one of the sentence; without,
     * the clause's main predicate alone: its first predicate after the entity's name ("Airbus ... has announced"),
     * else its first.
     */
    List<Integer> predicates(GoldSentence g, int[] clause, EntityMentions.Mention entity) {
        String[] pos = tags.computeIfAbsent(g, k -> tagger.tag(k.tokens()));
        int lo = everyPredicate ? 0 : clause[0];
        int hi = everyPredicate ? g.tokens().length : clause[1];
        List<Integer> out = new ArrayList<>();
        for (int start : new int[] {Math.max(lo, Math.min(entity.to(), hi)), lo}) {
            for (int i = start; i < hi; i++) {
                String w = g.tokens()[i];
                boolean name = i > 0 && Character.isUpperCase(w.charAt(0)); // a name inside a sentence, no predicate
                if (!out.contains(i) && !name && (pos[i].equals("VERB") || Words.isPredicate(Words.lemma(w)))) {
                    out.add(i);
                    if (!everyPredicate) {
                        return out;
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }
}
