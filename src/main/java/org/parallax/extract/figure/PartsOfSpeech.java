package org.parallax.extract.figure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags (NOUN, VERB, ADJ, ...) from OpenNLP's English UD-EWT model. The
 * figure extractor needs them for one decision the words alone cannot make: whether the word after a number is
 * the thing counted ("the two leaders") or not ("the other two included"), and where that noun phrase ends
 * ("250,000 lives and left thousands homeless").
 *
 * <p>The model is loaded once (about 0.1 s) and shared; a tagger is not thread-safe, so each extraction makes its
 * own, which is cheap.
 */
final class PartsOfSpeech {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class Holder {
        static final POSModel MODEL_INSTANCE = load();
    }

    private final POSTaggerME tagger;

    PartsOfSpeech() {
        this.tagger = new POSTaggerME(Holder.MODEL_INSTANCE, POSTagFormat.UD);
    }

    String[] tag(List<Tokens.Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            Tokens.Token t = tokens.get(i);
            words[i] = t.kind() == Tokens.Kind.ADDRESS ? "URL" : t.text();
        }
        return tagger.tag(words);
    }

    private static POSModel load() {
        try (InputStream in = PartsOfSpeech.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP part-of-speech model " + MODEL + " is not on the class path");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
