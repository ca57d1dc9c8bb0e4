package org.parallax.compare.event;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parallax.extract.Extraction;
import org.parallax.extract.source.SourceInference;
import org.parallax.load.CorpusLoader;
import org.parallax.load.LoadProgress;
import org.parallax.model.Corpus;

class SimDump {
    @Test
    @EnabledIfSystemProperty(named = "events.dump", matches = "true")
    void dump() {
        Corpus loaded = new CorpusLoader().loadFolder(Path.of("resources/corpus"), LoadProgress.NONE).corpus();
        Corpus c = Extraction.standard().extract(new SourceInference().infer(loaded));
        List<Candidate> cs = new CandidateFinder().find(c);
        for (int i = 0; i < cs.size(); i++) {
            for (int j = i + 1; j < cs.size(); j++) {
                Candidate a = cs.get(i), b = cs.get(j);
                if (a.date().first().getYear() == b.date().first().getYear() && (a.date().contains(b.date()) || b.date().contains(a.date()))) {
                    System.out.printf("%.3f %s %s %s | %s %s %s%n", EventClusterer.similarity(a, b, cs), a.date().value(), a.articleId().substring(0,3), a.terms().keySet(), b.date().value(), b.articleId().substring(0,3), b.terms().keySet());
                }
            }
        }
    }
}
