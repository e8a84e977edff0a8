package org.annals.nlp;

/** Which way the clause around a time expression points, relative to publication. */
enum Tense {
    PAST,
    PRESENT,
    FUTURE
}
