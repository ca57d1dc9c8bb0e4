package org.parallax.ui.common;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Article;
import org.parallax.model.Quote;
import org.parallax.model.QuoteCluster;
import org.parallax.model.SpeakerFrom;
import org.parallax.model.Variant;

/**
 * Whom a quote cluster is credited to and by how many of the outlets that carry it ("Jane Doe (attributed by 2 of 3
 * outlets)"), and why a quote's speaker is the one named ("named in the attribution"). The one home of these words:
 * the Quotes list, the comparison and its copy, the event detail and the timeline's tooltips all say it this way.
 * Plain Java, no toolkit.
 *
 * @param speaker   the cluster's speaker, {@code null} when its articles name nobody
 * @param outlets   how many outlets carry the words (articles of an unknown outlet count one each)
 * @param crediting how many of them credit {@code speaker} in their own article (an inherited speaker does not count)
 */
public record SpeakerCredit(String speaker, int outlets, int crediting) {

    public static final String UNKNOWN = "Unknown speaker";
    /** How a speaker taken from the other outlets is marked: "Jane Doe (as other outlets credit)". */
    public static final String INHERITED_NOTE = "as other outlets credit";

    public SpeakerCredit {
        if (crediting < 0 || crediting > outlets) {
            throw new IllegalArgumentException(crediting + " of " + outlets + " outlets");
        }
    }

    /** The credit of {@code cluster}: its members' quotes by id, their articles by id. */
    public static SpeakerCredit of(QuoteCluster cluster, Map<String, Quote> quotes, Map<String, Article> articles) {
        Set<String> carrying = new HashSet<>();
        Set<String> crediting = new HashSet<>();
        for (Variant v : cluster.members()) {
            Quote q = quotes.get(v.quoteId());
            Article a = q == null ? null : articles.get(q.articleId());
            if (a == null) {
                continue;
            }
            String outlet = a.outlet().isKnown() ? a.outlet().name() : "\u0000" + a.id();
            carrying.add(outlet);
            // a member read from a document written before members carried speakers: the quote's own counts
            boolean unrecorded = v.speaker() == null && q.speaker() != null;
            if (cluster.speaker() != null && (v.ownSpeaker().filter(cluster.speaker()::equals).isPresent() || unrecorded)) {
                crediting.add(outlet);
            }
        }
        return new SpeakerCredit(cluster.speaker() == null ? null : cluster.speaker().name(), carrying.size(),
                crediting.size());
    }

    /** Whether someone is named but not every outlet credits them. */
    public boolean partial() {
        return speaker != null && crediting < outlets;
    }

    /** "attributed by 2 of 3 outlets" when not every outlet credits the speaker; empty when all do. */
    public String note() {
        return partial() ? "attributed by " + crediting + " of " + outlets + (outlets == 1 ? " outlet" : " outlets") : "";
    }

    /** "Jane Doe (attributed by 2 of 3 outlets)", "Jane Doe" when every outlet credits her, "Unknown speaker". */
    public String text() {
        if (speaker == null) {
            return UNKNOWN;
        }
        return partial() ? speaker + " (" + note() + ")" : speaker;
    }

    /**
     * "Speaker: Jane Doe — named in the attribution": the speaker shown for {@code quote} and why; just "Speaker: Jane
     * Doe" when the reason was not recorded, "Speaker: unknown" when nobody is named.
     *
     * @param speaker the name shown (the quote's, or the cluster's for a quote that names nobody); null if none
     * @param from    why, {@link SpeakerFrom#CLUSTER} for a speaker taken from the other outlets; null if not known
     * @param article the quote's article, for where a joined name was given; may be null
     */
    public static String line(String speaker, SpeakerFrom from, Quote quote, Article article) {
        if (speaker == null) {
            return "Speaker: unknown \u2014 the article names nobody";
        }
        String why = from == null ? "" : why(from, speaker, quote, article);
        return "Speaker: " + speaker + (why.isEmpty() ? "" : " \u2014 " + why);
    }

    /** {@link #line} for a quote as its own article gives it. */
    public static String line(Quote quote, Article article) {
        return line(quote.speakerIfKnown().map(s -> s.name()).orElse(null), quote.speakerFrom(), quote, article);
    }

    /** Why {@code speaker} is the one named, in a reader's words: "named in the attribution". */
    public static String why(SpeakerFrom from, String speaker, Quote quote, Article article) {
        return switch (from) {
            case CUE -> "named in the attribution, beside its \u2018said\u2019 or \u2018told\u2019";
            case APPOSITION -> "named in the attribution, with a title or description beside the name";
            case ALIAS -> "a surname, title or \u2018the company\u2019 in the attribution, joined to \u2018" + speaker
                    + "\u2019 named " + where(speaker, quote, article);
            case PRONOUN -> "\u2018he\u2019, \u2018she\u2019 or \u2018it\u2019 in the attribution: the one named last"
                    + " before it";
            case CONTINUATION -> "continues the quote before it, which names them";
            case CLUSTER -> INHERITED_NOTE + " this quote; the article names nobody";
        };
    }

    /** Where the full name stands: "earlier in this article", "later in this article", "in another article". */
    private static String where(String speaker, Quote quote, Article article) {
        int at = article == null ? -1 : article.text().indexOf(speaker);
        if (at < 0) {
            return "in another article";
        }
        return quote != null && at > quote.span().start() ? "later in this article" : "earlier in this article";
    }
}
