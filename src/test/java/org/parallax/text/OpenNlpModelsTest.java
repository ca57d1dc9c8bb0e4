package org.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Making a tagger uses the JDK's XML parser without a search of the class path, and changes nothing global. */
class OpenNlpModelsTest {

    private static final String PARSER = "javax.xml.parsers.DocumentBuilderFactory";

    /** A context class loader that remembers which resources it was asked for (a service search asks for its file). */
    private static final class Recording extends ClassLoader {
        final List<String> asked = new CopyOnWriteArrayList<>();

        Recording() {
            super(OpenNlpModelsTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            asked.add(name);
            return super.getResources(name);
        }
    }

    @Test
    void aTaggerIsMadeWithoutLookingForAParserAndLeavesTheThreadAndTheJvmAsTheyWere() throws Exception {
        OpenNlpModels.partsOfSpeech(); // the model read first, so only the tagger's own descriptor is read below
        String property = System.getProperty(PARSER);
        Recording recording = new Recording();
        AtomicReference<ClassLoader> after = new AtomicReference<>();
        AtomicReference<String[]> tags = new AtomicReference<>();
        Thread maker = new Thread(() -> {
            tags.set(new PartsOfSpeech().tag(new String[] {"The", "bank", "failed", "."}));
            after.set(Thread.currentThread().getContextClassLoader());
        });
        maker.setContextClassLoader(recording);
        maker.start();
        maker.join();

        assertThat(tags.get()).containsExactly("DET", "NOUN", "VERB", "PUNCT");
        assertThat(recording.asked).noneMatch(r -> r.contains("javax.xml"));
        assertThat(after.get()).isSameAs(recording);
        assertThat(System.getProperty(PARSER)).isEqualTo(property);
    }
}
