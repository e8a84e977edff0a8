package org.annals.app;

import org.annals.core.Document;

/** What became of one source item in a batch: an analysed document, or an error naming the source. */
sealed interface Outcome {
    String source();

    record Analysed(String source, Document document) implements Outcome {}

    record Failed(String source, String message) implements Outcome {}
}
