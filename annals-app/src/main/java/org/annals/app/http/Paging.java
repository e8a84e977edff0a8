package org.annals.app.http;

/** The paging parameters every list route shares. */
final class Paging {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    static final Param LIMIT = Param.integer("limit", "Items per page.", 1, MAX_LIMIT, DEFAULT_LIMIT);
    static final Param OFFSET = Param.integer("offset", "Items to skip (for paging).", 0, Integer.MAX_VALUE, 0);

    private Paging() {}
}
