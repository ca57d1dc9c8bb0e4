/** Sentence splitting, word splitting and a light lemmatiser for the comparison, which may not use OpenNLP. */
package org.parallax.compare.text;
