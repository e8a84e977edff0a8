package org.annals.app;

import org.annals.core.Document;

/** What became of one source item in a batch: an analysed document, or an error naming the source. */
public sealed interface Outcome {
    String source();

    /** {@code skippedByLanguage}: the document is not in English, so the English analysis did not run on it. */
    public record Analysed(String source, Document document, boolean skippedByLanguage) implements Outcome {}

    public record Failed(String source, String message) implements Outcome {}
}
