package org.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * OpenNLP's English UD models (sentences, parts of speech), the one place they are read: once each, on first use,
 * from the class path (the Maven model jars hold them at their root), and shared: a model is safe to read from many
 * threads, the {@code *ME} tools built on it are not.
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

    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Reader<M> reader) {
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
