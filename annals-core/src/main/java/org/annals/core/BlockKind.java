package org.annals.core;

/** What a block of a page is; only {@link #BODY} and {@link #TITLE} blocks are analysed. */
public enum BlockKind {
    TITLE,
    BODY,
    APPEAL,
    NEWSLETTER,
    NAVIGATION,
    RELATED,
    SHARE,
    COOKIE,
    COMMENT,
    CAPTION,
    BOILERPLATE;

    public boolean isArticle() {
        return this == BODY || this == TITLE;
    }
}
