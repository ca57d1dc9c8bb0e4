package org.parallax.model;

/** Where an article's publication date came from; {@code publishedFrom} in the model JSON. */
public enum DateSource implements JsonNamed {
    /** Given by the corpus manifest, which wins over everything else. */
    MANIFEST,
    /** Read from the article file itself: its metadata or its words (dateline, "Published" line, URL). */
    TEXT,
    /** Not stated anywhere for this article; estimated from the rest of the corpus. */
    INFERRED,
    /** Not known: the article is shown as undated, never silently given a date. */
    UNKNOWN;

    public static DateSource fromJson(String s) { return JsonNamed.fromJson(DateSource.class, s); }
}
