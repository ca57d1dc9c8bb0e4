package org.parallax.ui.article;

import org.parallax.model.Article;

/** What the user may correct about an article from the list; the shell asks and records it on the workspace. */
public interface ArticleCorrections {

    /** Nothing offered (a list without a workspace). */
    ArticleCorrections NONE = new ArticleCorrections() {
    };

    default boolean enabled() {
        return this != NONE;
    }

    /** Whether the article with this id carries a correction of the user's. */
    default boolean isCorrected(String id) {
        return false;
    }

    default void setOutlet(Article a) {
    }

    default void setTitle(Article a) {
    }

    /** Sets the day it was published: its relative dates ("on Friday") are read again from that day. */
    default void setPublished(Article a) {
    }
}
