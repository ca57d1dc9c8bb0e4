package org.parallax.load;

/** Reads one file format into a {@link RawArticle}; reports problems as warnings, never by throwing on bad input. */
interface ArticleReader {

    /**
     * @param bytes   the whole file
     * @param file    the file's name as warnings show it
     * @param baseUri where the file lives, for resolving relative links (HTML)
     */
    ReadOutcome read(byte[] bytes, String file, String baseUri);
}
