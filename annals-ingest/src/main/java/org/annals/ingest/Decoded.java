package org.annals.ingest;

/** The result of decoding bytes: either text or the reason it is not text. */
record Decoded(String text, String problem) {
    static Decoded text(String text) {
        return new Decoded(text, null);
    }

    static Decoded problem(String problem) {
        return new Decoded(null, problem);
    }

    boolean ok() {
        return problem == null;
    }
}
