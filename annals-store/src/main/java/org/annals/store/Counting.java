package org.annals.store;

/**
 * What relation and network counts count: every stored event (each article's report separately), or each
 * real-world happening once however many articles report it.
 */
public enum Counting {
    EVENTS("e.id"),
    HAPPENINGS("e.happening_id");

    /** The column whose distinct values are counted. */
    final String key;

    Counting(String key) {
        this.key = key;
    }
}
