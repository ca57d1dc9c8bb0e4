package org.parallax.spark;

import java.util.HashSet;
import java.util.Set;
import org.parallax.compare.quote.Attribution;
import org.parallax.compare.quote.QuoteClusterer;
import org.parallax.compare.quote.QuoteSimilarity;
import org.parallax.compare.quote.QuoteWords;

/**
 * Whether the desktop's clusterer could join two utterances, by its own rules ({@link QuoteSimilarity},
 * {@link Attribution#samePerson}): a link between core quotes in either order, a partial quote scoring above nothing
 * against a core quote of its speaker, or equal partials. Never weaker than the desktop: what it leaves out no rule
 * joins (the blocks are the connected components of the pairs it passes), and where the desktop reads more than an
 * utterance holds it passes the pair (a partial's sentences are all its copies' together; the shared content stem the
 * desktop asks of every core link is not asked).
 */
final class LinkCheck {

    private static final QuoteSimilarity RULES = QuoteSimilarity.standard();

    private LinkCheck() {
    }

    static boolean passes(Utterances.Said a, Utterances.Said b) {
        if (a.inOneArticleWith(b)) {
            return false;
        }
        if (a.partial() && b.partial()) {
            return a.words().stems().equals(b.words().stems()) && java.util.Objects.equals(a.who(), b.who());
        }
        if (a.partial() || b.partial()) {
            Utterances.Said p = a.partial() ? a : b;
            Utterances.Said c = p == a ? b : a;
            return p.who() != null && p.who().equals(c.who()) && attaches(p, c);
        }
        return linked(a, b) || linked(b, a);
    }

    /** The core links of the desktop's clusterer for a quote of {@code a} followed by one of {@code b}. */
    private static boolean linked(Utterances.Said a, Utterances.Said b) {
        QuoteWords aw = a.words();
        QuoteWords bw = b.words();
        if (Attribution.samePerson(a.who(), b.who())) {
            return QuoteSimilarity.textLink(RULES.match(aw, bw))
                    || a.direct() && b.direct() && RULES.translationLink(aw, bw);
        }
        if (a.who() == null && b.who() == null && aw.words().equals(bw.words())) {
            return true;
        }
        return QuoteSimilarity.copyLink(RULES.match(aw, bw));
    }

    /** Whether partial {@code p} scores above nothing against core {@code c}: by text, or by sense with its sentence. */
    private static boolean attaches(Utterances.Said p, Utterances.Said c) {
        QuoteWords pw = p.words();
        QuoteWords cw = c.words();
        QuoteSimilarity.Match m = RULES.match(pw, cw);
        if (m.shorter() == pw.size() && m.shorter() >= QuoteSimilarity.MIN_TEXT_WORDS
                && m.containment() >= QuoteClusterer.PARTIAL_CONTAINMENT && m.lcsContent() >= 2) {
            return true;
        }
        if (!c.direct() || 2 * QuoteSimilarity.sharedContent(pw.content(), cw.content()) < pw.content().size()) {
            return false;
        }
        Set<String> all = new HashSet<>(p.context());
        all.addAll(pw.content());
        return QuoteSimilarity.sharedContent(all, cw.content()) >= QuoteClusterer.PARTIAL_CONTEXT_SHARED;
    }
}
