/**
 * Sentences and tokens with OpenNLP's English UD models plus an abbreviation list ({@code abbreviations.txt});
 * a blank line always ends a sentence; every offset indexes into the article text.
 */
package org.parallax.extract.text;
