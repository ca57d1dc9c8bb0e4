package org.parallax.compare.event;

import java.util.List;
import org.parallax.compare.event.UndatedJoiner.Member;

/**
 * The dated statements of one index key of the {@link UndatedJoiner}, as choosing reads them: the first
 * {@link EventRules#MAX_POSTING} (no more are ever looked at), each with what is asked of it laid out beside it (its
 * pair key, its date's first day, its article, its numbered terms and their sum). Choosing asked each of them through
 * the statement, its date and its mention, and its weights through the member: several objects far apart in memory
 * per pair, for each of the undated statements that share the key.
 */
final class UndatedPosting {

    final int size;
    final Member[] members;
    /** Each statement's mark among those seen: {@code cluster << 32 | member}. */
    final long[] pairs;
    final long[] firstDays;
    final String[] articles;
    final TermVectors.Vector[] vectors;
    final double[] sums;

    /** The posting of {@code members} (each weighted: it names an action), {@code vectors} by cluster and member. */
    UndatedPosting(List<Member> members, TermVectors.Vector[][] vectors) {
        size = Math.min(members.size(), EventRules.MAX_POSTING);
        this.members = new Member[size];
        pairs = new long[size];
        firstDays = new long[size];
        articles = new String[size];
        this.vectors = new TermVectors.Vector[size];
        sums = new double[size];
        for (int k = 0; k < size; k++) {
            Member m = members.get(k);
            this.members[k] = m;
            pairs[k] = (long) m.cluster() << 32 | m.member();
            firstDays[k] = m.statement().date().first().toEpochDay();
            articles[k] = m.statement().articleId();
            this.vectors[k] = vectors[m.cluster()][m.member()];
            sums[k] = m.weighted().sum();
        }
    }
}
