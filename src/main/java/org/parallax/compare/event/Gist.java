package org.parallax.compare.event;

import org.parallax.text.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who did what in a statement, read without a parser: the <b>action</b> is its first predicate head (see
 * {@link Predicates}), a framing one ("announced") only when no other follows; the <b>actor</b> is the first run of
 * capitalised words before the action ("Acme Corp on Friday reversed ..." → Acme Corp), as name lemmas. Either may be
 * missing.
 *
 * @param actor      the actor's name lemmas ("acme", "corp"); empty when unknown
 * @param actorText  the actor as written
 * @param action     the action's predicate head ("suspend"), {@code null} when none
 * @param actionText the action as written ("put on hold")
 */
public record Gist(List<String> actor, String actorText, String action, String actionText) {

    static final Gist NONE = new Gist(List.of(), "", null, "");

    public Gist {
        actor = List.copyOf(actor);
    }

    /** The gist of {@code text[from, to)}, leaving out the ranges in {@code skip} (timex spans). */
    static Gist of(String text, int from, int to, List<int[]> skip) {
        return of(ClauseWords.of(text, from, to, skip));
    }

    /** The gist of a clause's words. */
    static Gist of(ClauseWords clause) {
        List<Token> words = clause.words();
        Predicates.Match action = null;
        int actionAt = -1;
        Predicates.Match frame = null;
        int frameAt = -1;
        for (int i = 0; i < words.size() && action == null; i++) {
            Predicates.Match m = clause.predicate(i);
            if (m != null && Predicates.FRAMING.contains(m.head())) {
                if (frame == null) {
                    frame = m;
                    frameAt = i;
                }
            } else if (m != null) {
                action = m;
                actionAt = i;
            }
        }
        // the actor stands before the first predicate, a frame's or the action's
        int end = frame != null ? frameAt : actionAt >= 0 ? actionAt : words.size();
        if (action == null) {
            action = frame;
        }
        // made at the first name: most clauses (every clause of every sentence is read) have none before the action
        Set<String> actor = null;
        StringBuilder actorText = null;
        for (int i = 0; i < end; i++) {
            Token w = words.get(i);
            if (isName(clause, i)) {
                if (actor == null) {
                    actor = new LinkedHashSet<>();
                    actorText = new StringBuilder();
                }
                actorText.append(actorText.isEmpty() ? "" : " ").append(w.text());
                actor.addAll(clause.nameLemmas(i));
            } else if (w.capitalised() && clause.stop(i) && actor != null && !actor.isEmpty()) {
                // a title inside the run ("Syrian President Bashar al-Assad"): the actor is the name after it
                actor.clear();
                actorText.setLength(0);
            } else if (actor != null && !actor.isEmpty()) {
                break;
            }
        }
        List<String> names = actor == null ? List.of() : List.copyOf(actor);
        String named = actorText == null ? "" : actorText.toString();
        if (action == null) {
            return names.isEmpty() ? NONE : new Gist(names, named, null, "");
        }
        return new Gist(names, named, action.head(), action.text());
    }

    /**
     * Whether {@link #of} the clause names an action: a word of it has a predicate (a framing one stands for the
     * action when no other follows). Asked first of every undated clause, which is kept only when it names one: most
     * name none, and their actor (name lemmas, a set and a text of the names) was read for nothing.
     */
    static boolean namesAction(ClauseWords clause) {
        for (int i = 0; i < clause.size(); i++) {
            if (clause.predicate(i) != null) { // kept by the clause: the gist reads it again without a search
                return true;
            }
        }
        return false;
    }

    private static boolean isName(ClauseWords clause, int i) {
        Token w = clause.word(i);
        return (w.capitalised() || NameForms.particleName(w.text())) && Character.isLetter(w.text().charAt(0))
                && !clause.stop(i) && !clause.predicateLemma(i) && !clause.nameLemmas(i).isEmpty();
    }

    /** The actor's head: its last name ("Leeds City Council" → council, "Vladimir Putin" → putin). */
    String actorHead() {
        return actor.isEmpty() ? null : actor.get(actor.size() - 1);
    }

    /** Whether both name an actor and share a name of it. */
    boolean sameActor(Gist o) {
        // by index: asked of every pair of statements that may merge, an iterator was made per name
        for (int i = 0; i < actor.size(); i++) {
            for (int j = 0; j < o.actor.size(); j++) {
                if (sameName(actor.get(i), o.actor.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code terms} name this actor's head. */
    boolean headNamedIn(java.util.Map<String, Double> terms) {
        String head = actorHead();
        return head != null && terms.keySet().stream().anyMatch(t -> sameName(head, t));
    }

    /**
     * One name, or a name and its adjective ("Russia", "Russian"; "Syria", "Syrians"): equal, or one starts the
     * other and has at least {@link #SHORTEST_STEM} letters.
     */
    static boolean sameName(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.equals(longer) || shorter.length() >= SHORTEST_STEM && longer.startsWith(shorter)
                && longer.length() - shorter.length() <= 2;
    }

    private static final int SHORTEST_STEM = 5;

    /** Whether both name an action and it is the same predicate head. */
    boolean sameAction(Gist o) {
        return action != null && action.equals(o.action);
    }
}
