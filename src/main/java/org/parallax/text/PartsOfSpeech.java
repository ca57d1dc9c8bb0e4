package org.parallax.text;

import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags (NOUN, VERB, ADJ, ...) from OpenNLP's English UD-EWT model. The model
 * is loaded once (about 0.1 s) and shared; a tagger keeps state, so each user makes its own, which is cheap.
 */
public final class PartsOfSpeech {

    private final POSTaggerME tagger = new POSTaggerME(OpenNlpModels.partsOfSpeech(), POSTagFormat.UD);

    /** One tag per word, for a run of words (a sentence or a clause: the tagger looks two words either side). */
    public String[] tag(String[] words) {
        return tagger.tag(words);
    }
}
