package org.annals.nlp;

import java.util.Optional;
import org.annals.core.Document;
import org.annals.core.Quote;

/** What the quote tests read from an analysed Document: a quote by its text, and the text of its speaker. */
final class FoundQuotes {
    private FoundQuotes() {}

    /** The quote whose text is exactly {@code text}; fails the test, listing the quotes found, when there is none. */
    static Quote quote(Document document, String text) {
        return document.quotes().stream()
                .filter(q -> q.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + document.quotes()));
    }

    /** The text of the quote's speaker mention, or "" when it has none. */
    static String speaker(Document document, Quote quote) {
        return Optional.ofNullable(quote.speakerSpan()).map(document::textOf).orElse("");
    }
}
