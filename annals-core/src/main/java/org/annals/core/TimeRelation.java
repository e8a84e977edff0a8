package org.annals.core;

/** Where a time expression lies relative to the document's publication date. */
public enum TimeRelation {
    PAST,
    PRESENT,
    FUTURE,
    UNKNOWN
}
