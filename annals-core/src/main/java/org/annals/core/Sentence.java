package org.annals.core;

import java.util.Objects;

/** A sentence: its span and the half-open range {@code [firstToken, endToken)} of token indexes. */
public record Sentence(int index, Span span, int firstToken, int endToken) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        if (endToken < firstToken) {
            throw new IllegalArgumentException("sentence token range is reversed: " + firstToken + ".." + endToken);
        }
    }

    public boolean containsToken(int tokenIndex) {
        return firstToken <= tokenIndex && tokenIndex < endToken;
    }
}
