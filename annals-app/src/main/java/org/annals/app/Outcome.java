package org.annals.app;

import org.annals.core.Document;

/** What became of one source item in a batch: an analysed document, or an error naming the source. */
public sealed interface Outcome {
    String source();

    /** {@code skippedByLanguage}: the document is not in English, so the English analysis did not run on it. */
    public record Analysed(String source, Document document, boolean skippedByLanguage) implements Outcome {}

    /** {@code message} may already begin with the source, as the readers' messages do. */
    public record Failed(String source, String message) implements Outcome {
        /** The failure as one line that names its source once. */
        public String line() {
            return message.startsWith(source) ? message : source + ": " + message;
        }
    }
}
