package org.parallax.spark;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parallax.model.Corpus;
import org.parallax.model.QuoteCluster;

/** What two pipelines must agree on, as plain comparable data: dates, speakers, events and quote clusters. */
record CorpusData(List<String> articles, Set<String> timexes, Set<String> quotes, Set<String> events,
                  Set<String> clusters, Set<String> stories) {

    static CorpusData of(Corpus c) {
        return new CorpusData(
                c.articles().stream().map(a -> a.id() + " " + a.outlet().name() + " " + a.published() + " "
                        + a.publishedFrom()).toList(),
                set(c.timexes().stream().map(t -> t.span() + " " + t.value())),
                set(c.quotes().stream().map(q -> q.id() + " " + q.span() + " " + q.kind() + " " + q.speaker())),
                set(c.events().stream().map(e -> e.id() + " " + e.date() + " " + e.label() + " " + e.storyId() + " "
                        + new TreeSet<>(e.mentions().stream().map(Object::toString).toList()) + " " + e.reasons())),
                set(c.quoteClusters().stream().map(CorpusData::cluster)),
                set(c.stories().stream().map(s -> s.id() + " " + s.label())));
    }

    private static String cluster(QuoteCluster qc) {
        return qc.speaker() + " " + new TreeSet<>(qc.members().stream().map(Object::toString).toList());
    }

    private static Set<String> set(java.util.stream.Stream<String> s) {
        return s.collect(Collectors.toCollection(TreeSet::new));
    }
}
