package org.annals.core;

/** DIRECT: a full quoted utterance; PARTIAL: quoted words inside reported speech; INDIRECT: reported speech without quotation marks; SCARE: quoted words nobody is said to say. */
public enum QuoteKind {
    DIRECT,
    PARTIAL,
    INDIRECT,
    SCARE
}
