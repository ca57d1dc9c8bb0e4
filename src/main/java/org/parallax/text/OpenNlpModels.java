package org.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * OpenNLP's English UD models (sentences, parts of speech), the one place they are read: once each, on first use,
 * from the class path (the Maven model jars hold them at their root), and shared: a model is safe to read from many
 * threads, the {@code *ME} tools built on it are not. Models are read with the JDK's own XML parser
 * ({@link #withJdkXml}); the tagger reads no XML after that ({@link TagScorer} makes its features itself).
 */
final class OpenNlpModels {

    static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String PARTS_OF_SPEECH = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private OpenNlpModels() {
    }

    private static final class Sentences {
        static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
    }

    private static final class PartsOfSpeech {
        static final POSModel MODEL = load(PARTS_OF_SPEECH, POSModel::new);
    }

    static SentenceModel sentences() {
        return Sentences.MODEL;
    }

    static POSModel partsOfSpeech() {
        return PartsOfSpeech.MODEL;
    }

    /**
     * {@code make} run with the JDK's own XML parser, changing nothing outside this thread. Reading a model reads its
     * feature descriptor (XML), and the JDK's {@code DocumentBuilderFactory.newInstance()} first looks
     * for another parser among the service files of every jar the thread's context class loader sees: under Spark's
     * executor class loader (hundreds of jars) that search was an eighth of the job's per-article map (decision 0016).
     * With the platform class loader as this thread's context loader while {@code make} runs, the search sees no jar
     * and the JDK's parser answers; a parser named by the system property still wins, as everywhere else.
     */
    static <T> T withJdkXml(Supplier<T> make) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            return make.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Reader<M> reader) {
        return withJdkXml(() -> read(resource, reader));
    }

    private static <M> M read(String resource, Reader<M> reader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
