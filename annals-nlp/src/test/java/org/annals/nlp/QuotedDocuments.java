package org.annals.nlp;

import org.annals.core.Document;

/** Hand-built documents run through mention finding and the quote stage, as the quote tests need them. */
final class QuotedDocuments {
    private static final MentionStage MENTIONS = new MentionStage();
    private static final QuoteStage QUOTES = new QuoteStage();

    private QuotedDocuments() {}

    static Document quoted(Document document) {
        return QUOTES.apply(MENTIONS.apply(document));
    }
}
