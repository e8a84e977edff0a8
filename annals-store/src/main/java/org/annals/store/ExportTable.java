package org.annals.store;

/** What {@code annals export} writes: one row per event, per quote or per actor. */
public enum ExportTable {
    EVENTS,
    QUOTES,
    ACTORS
}
