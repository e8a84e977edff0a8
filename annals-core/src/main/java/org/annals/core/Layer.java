package org.annals.core;

/** An annotation layer of a {@link Document}; stages declare the layers they require and produce. */
public enum Layer {
    TEXT,
    METADATA,
    BLOCKS,
    SENTENCES,
    TOKENS,
    POS,
    LEMMAS,
    NER,
    DEPENDENCIES,
    MENTIONS,
    ACTORS,
    TIMES,
    QUANTITIES,
    QUOTES,
    EVENTS
}
