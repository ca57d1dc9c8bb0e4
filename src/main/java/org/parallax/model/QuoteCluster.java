package org.parallax.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The same utterance as several articles give it.
 *
 * @param speaker the person most of its members are credited to (the fullest name they give), {@code null} if none
 *                names anyone
 * @param members the reference first; each carries whom its article credits ({@link Variant#speaker()})
 */
public record QuoteCluster(String id, Speaker speaker, List<Variant> members) {

    public QuoteCluster {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members);
    }

    /**
     * The people the members' own articles credit, each once: the cluster's speaker first, then those of the members
     * that disagree, the most credited first (ties: the earlier member's). Inherited speakers do not count.
     */
    public List<Speaker> creditedSpeakers() {
        Map<Speaker, Integer> counts = new LinkedHashMap<>();
        for (Variant v : members) {
            v.ownSpeaker().ifPresent(s -> counts.merge(s, 1, Integer::sum));
        }
        List<Speaker> out = new ArrayList<>(counts.keySet());
        out.sort((a, b) -> a.equals(speaker) != b.equals(speaker) ? (a.equals(speaker) ? -1 : 1)
                : Integer.compare(counts.get(b), counts.get(a)));
        return out;
    }

    /** Whether the members' articles credit the words to different people (an attribution disagreement). */
    public boolean attributionDiffers() {
        return creditedSpeakers().size() > 1;
    }

    /** The members credited to {@code who} by their own article (not inherited). */
    public List<Variant> creditedTo(Speaker who) {
        return members.stream().filter(v -> v.ownSpeaker().filter(s -> s.equals(who)).isPresent()).toList();
    }
}
