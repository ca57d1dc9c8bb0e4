package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.SpeakerFrom;
import org.parallax.text.Accents;

/**
 * The speakers of one article: every phrase a quote's attribution names (a name, a role, "he", "the company", "it",
 * "the statement") resolved in text order to the person or body it means, through the corpus's {@link
 * PersonRegistry}. A place, a date or the article's own outlet is nobody's name here.
 */
final class ArticleSpeakers {

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private final ArticleText at;
    private final SpeechWords lex;
    private final PersonRegistry reg;
    private final Phrases ph;
    private final Tokens toks;
    private final List<SpeakerRequest> requests = new ArrayList<>();
    private final Set<Integer> sentenceStarts = new HashSet<>();
    /**
     * The canonical name of each name the article's phrases give, by its words: an article names the same people
     * again and again (its speakers, its sentences' subjects, its organisations), and resolving a name (its key's
     * words folded, the registry's indexes asked) gives the same for the same words in the same article.
     */
    private final Map<List<String>, String> canonicals = new HashMap<>();
    /** The organisations the article names, found when a body phrase first asks for them. */
    private List<Mention> organisations;

    ArticleSpeakers(ArticleText at, SpeechWords lex, PersonRegistry reg, Phrases ph) {
        this.at = at;
        this.lex = lex;
        this.reg = reg;
        this.ph = ph;
        this.toks = at.tokens;
    }


    /** A person or body spoken of, in text order: what "he", "it", "the company" may mean later on. */
    private record Event(int pos, String name, Gender gender, boolean organisation, boolean speaker) {
    }

    /** Asks for the speaker a phrase names; the answer is in the request once {@link #resolve()} has run. */
    SpeakerRequest request(Phrase p) {
        SpeakerRequest r = new SpeakerRequest(p, true, true);
        requests.add(r);
        return r;
    }

    /** Records a sentence's subject: somebody a later "he" or "the company" may mean. */
    void subject(Phrase p) {
        requests.add(new SpeakerRequest(p, true, false));
    }

    /** Resolves every request in text order. */
    void resolve() {
        for (int n = 0; n < at.sentences.size(); n++) {
            for (int k = at.sentences.from(n); k < at.sentences.to(n); k++) {
                if (toks.get(k).isWord() && !toks.get(k).quoted()) {
                    sentenceStarts.add(toks.start(k));
                    break;
                }
            }
        }
        List<SpeakerRequest> ordered = new ArrayList<>(requests);
        ordered.sort(Comparator.comparingInt(r -> r.phrase.pos()));
        List<Event> events = new ArrayList<>();
        String id = at.article.id();
        for (SpeakerRequest r : ordered) {
            String name = null;
            Gender gender = Gender.UNKNOWN;
            if (r.phrase instanceof Phrase.Pronoun p) {
                for (int k = events.size() - 1; k >= 0; k--) {
                    Event ev = events.get(k);
                    if (ev.pos < p.pos() && ev.gender.fits(p.gender()) && !ev.organisation) {
                        name = ev.name;
                        break;
                    }
                }
                gender = p.gender();
            } else if (r.phrase instanceof Phrase.Name n) {
                name = canonical(n);
                gender = n.gender();
                if (n.words().size() == 1 && !reg.isPerson(name) && sentenceStarts.contains(n.pos())
                        && !reg.seenCapitalisedInside(n.words().get(0))) {
                    name = null; // "Critics say": a common noun capitalised by its place, not a name
                }
            } else if (r.phrase instanceof Phrase.Role role) {
                name = reg.resolveRole(role, id);
            } else if (r.phrase instanceof Phrase.Body body) {
                name = body(body, events);
            }
            if (name != null && (lex.isPlace(name) || lex.adverbials.contains(name.toLowerCase(java.util.Locale.ROOT))
                    || outlet(name))) {
                // a place ("Moscow"), a date ("Monday"), or the outlet telling the story: nobody quoted in it
                name = null;
            }
            r.resolved = name;
            r.from = name == null ? null : from(r.phrase, name);
            boolean org = name != null && (reg.isOrganisation(name) || r.phrase instanceof Phrase.Body);
            if (name != null && r.event && (r.speaker || !(r.phrase instanceof Phrase.Name) || reg.isPerson(name)
                    || org || name.indexOf(' ') > 0)) {
                if (gender == Gender.UNKNOWN) {
                    gender = reg.genderOf(name);
                }
                events.add(new Event(r.phrase.pos(), name, gender, org, r.speaker));
            }
        }
    }

    /** {@link PersonRegistry#resolveName} of a name of this article, once per distinct words. */
    String canonical(Phrase.Name n) {
        String known = canonicals.get(n.words());
        if (known != null || canonicals.containsKey(n.words())) {
            return known;
        }
        String c = reg.resolveName(n, at.article.id());
        canonicals.put(n.words(), c);
        return c;
    }

    /**
     * How a phrase named its speaker: a pronoun, "it" or "the statement" the one last spoken of; a role, "the company"
     * or a name in a shorter or other spelling than the speaker's canonical one a join to a name given elsewhere; else
     * the name as written, with a title or apposition or plainly beside the cue.
     */
    private SpeakerFrom from(Phrase p, String name) {
        if (p instanceof Phrase.Pronoun) {
            return SpeakerFrom.PRONOUN;
        }
        if (p instanceof Phrase.Body b) {
            boolean pointsBack = b.head().equals("it") || b.head().equals("they") || lex.statementNouns.contains(b.head());
            return pointsBack ? SpeakerFrom.PRONOUN : SpeakerFrom.ALIAS;
        }
        if (p instanceof Phrase.Name n && sameName(n.display(), name)) {
            return n.withDescription() ? SpeakerFrom.APPOSITION : SpeakerFrom.CUE;
        }
        return SpeakerFrom.ALIAS;
    }

    /** Whether two names are written the same but for accents, case and punctuation ("Calderon", "Calderón"). */
    private static boolean sameName(String written, String canonical) {
        return written.equals(canonical) || plain(written).equals(plain(canonical)); // most are written as canonical
    }

    /**
     * A name's letters and digits in lower case without accents, its words one space apart. An ASCII name (nearly
     * every one) by a loop: folding accents and the pattern were a fifth of resolving speakers.
     */
    static String plain(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 128) {
                return NOT_WORD.matcher(Accents.strip(name).toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    /** Whether the name is the article's own outlet ("Reuters" in a Reuters story). */
    private boolean outlet(String name) {
        String own = at.article.outlet() == null ? "" : at.article.outlet().name();
        return !own.isBlank() && (own.equalsIgnoreCase(name) || own.toLowerCase(java.util.Locale.ROOT)
                .startsWith(name.toLowerCase(java.util.Locale.ROOT) + " "));
    }

    /**
     * The body a body phrase means: "it" and "the company" the last organisation spoken of, "the airline" the last
     * whose name holds "airline(s)", "the statement" whoever spoke last; null when there is none.
     */
    private String body(Phrase.Body b, List<Event> events) {
        Set<String> words = lex.bodyNouns.get(b.head());
        boolean statement = lex.statementNouns.contains(b.head());
        if (words != null) {
            String named = namedBody(b, words);
            if (named != null) {
                return named;
            }
        }
        for (int k = events.size() - 1; k >= 0; k--) {
            Event ev = events.get(k);
            if (ev.pos >= b.pos()) {
                continue;
            }
            if (b.head().equals("they")) {
                return ev.organisation ? ev.name : null; // "Apple have released ...; they have announced": a body
            }
            if (statement) {
                if (ev.speaker) {
                    return ev.name;
                }
            } else if (ev.organisation && (words == null || words.isEmpty() || holdsAny(ev.name, words))) {
                return ev.name;
            }
        }
        return null;
    }

    /**
     * "the company" after "In a statement on the Airbus website,": a body named earlier in the same sentence; else
     * the last one the corpus describes with the same noun ("NPD Group, a market research firm" ... "the firm").
     */
    private String namedBody(Phrase.Body b, Set<String> words) {
        if (organisations == null) {
            organisations = organisations();
        }
        int sentence = -1;
        for (int n = 0; n < at.sentences.size(); n++) {
            int from = at.sentences.from(n);
            if (from < toks.size() && toks.start(from) <= b.pos()) {
                sentence = n;
            }
        }
        for (int k = organisations.size() - 1; k >= 0; k--) {
            Mention m = organisations.get(k);
            if (m.pos < b.pos() && m.sentence == sentence && (words.isEmpty() || holdsAny(m.name, words))) {
                return m.name;
            }
        }
        for (int k = organisations.size() - 1; k >= 0; k--) {
            Mention m = organisations.get(k);
            if (m.pos < b.pos() && reg.describedAs(m.name, b.head())) {
                return m.name;
            }
        }
        return null;
    }

    private static boolean holdsAny(String name, Set<String> words) {
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
            if (words.contains(w) || w.endsWith("s") && words.contains(w.substring(0, w.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A body named in the article, speaker or not: "the company" may mean it. */
    private record Mention(int pos, int sentence, String name) {
    }

    /** Every organisation the article names, in text order. */
    private List<Mention> organisations() {
        List<Mention> out = new ArrayList<>();
        for (int n = 0; n < at.sentences.size(); n++) {
            for (int r = at.firstRun(n); r < at.firstRun(n + 1); r++) {
                if (ph.parseRun(at.runFrom(r), at.runTo(r), false) instanceof Phrase.Name name) {
                    String canonical = canonical(name);
                    if (canonical != null && reg.isOrganisation(canonical) && !lex.isPlace(canonical)) {
                        out.add(new Mention(toks.start(at.runFrom(r)), n, canonical));
                    }
                }
            }
        }
        return out;
    }
}
