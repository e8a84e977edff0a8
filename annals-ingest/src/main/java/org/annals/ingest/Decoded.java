package org.annals.ingest;

/**
 * The result of decoding bytes: either text or the reason it is not text. {@code charset} describes the character
 * set when it is not plain UTF-8, with how it was found, such as {@code windows-1251 (meta)}; empty for UTF-8.
 */
record Decoded(String text, String problem, String charset) {
    static Decoded text(String text) {
        return new Decoded(text, null, "");
    }

    static Decoded text(String text, String charset) {
        return new Decoded(text, null, charset);
    }

    static Decoded problem(String problem) {
        return new Decoded(null, problem, "");
    }

    boolean ok() {
        return problem == null;
    }
}
