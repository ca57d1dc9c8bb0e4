package org.parallax.compare.event;

import java.util.List;
import java.util.Map;
import org.parallax.compare.event.UndatedJoiner.Member;

/**
 * The dated statements of one index key of the {@link UndatedJoiner}, as choosing reads them: the first
 * {@link EventRules#MAX_POSTING} (no more are ever looked at), each with what is asked of it laid out beside it (its
 * place among the dated statements, its date's first day, its article's number, its numbered terms and their sum).
 * Choosing asked each of them through the statement, its date and its mention, and its weights through the member:
 * several objects far apart in memory per pair, for each of the undated statements that share the key. The place and
 * the article are ints, compared by an int compare: a set of pair keys (hashed, grown per undated statement) and
 * article ids (their chars compared) were a fifth of choosing.
 */
final class UndatedPosting {

    final int size;
    final Member[] members;
    /** Each statement's place among the dated statements: {@code firstOfCluster[cluster] + member}. */
    final int[] statements;
    final long[] firstDays;
    /** Each statement's article, by its number. */
    final int[] articles;
    final TermVectors.Vector[] vectors;
    final double[] sums;

    /**
     * The posting of {@code members} (each weighted: it names an action), {@code vectors} by cluster and member;
     * {@code firstOfCluster}: the place of each cluster's first statement among the dated statements;
     * {@code articleNumbers}: a number for each article of them.
     */
    UndatedPosting(List<Member> members, TermVectors.Vector[][] vectors, int[] firstOfCluster,
                   Map<String, Integer> articleNumbers) {
        size = Math.min(members.size(), EventRules.MAX_POSTING);
        this.members = new Member[size];
        statements = new int[size];
        firstDays = new long[size];
        articles = new int[size];
        this.vectors = new TermVectors.Vector[size];
        sums = new double[size];
        for (int k = 0; k < size; k++) {
            Member m = members.get(k);
            this.members[k] = m;
            statements[k] = firstOfCluster[m.cluster()] + m.member();
            firstDays[k] = m.statement().date().first().toEpochDay();
            articles[k] = articleNumbers.get(m.statement().articleId());
            this.vectors[k] = vectors[m.cluster()][m.member()];
            sums[k] = m.weighted().sum();
        }
    }
}
