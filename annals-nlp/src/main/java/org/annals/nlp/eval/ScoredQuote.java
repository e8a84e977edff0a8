package org.annals.nlp.eval;

import java.util.Objects;
import org.annals.core.QuoteKind;
import org.annals.core.Span;

/**
 * A quote on either side of the quote evaluation. {@code text} is the quoted text as the document has it, {@code speakerKey} is the gold key or the system's actor id,
 * {@code speakerName} the gold name or the system's speaker name (both empty when there is no speaker); {@code
 * speakerKind} is the gold speaker kind ({@code person}, {@code group}, ...), empty for system quotes.
 */
public record ScoredQuote(
        String documentId,
        QuoteKind kind,
        Span span,
        String text,
        String speakerKey,
        String speakerName,
        String speakerKind) {
    public ScoredQuote {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        text = text == null ? "" : text;
        speakerKey = speakerKey == null ? "" : speakerKey;
        speakerName = speakerName == null ? "" : speakerName;
        speakerKind = speakerKind == null ? "" : speakerKind;
    }

    /** A system quote. */
    public static ScoredQuote system(
            String documentId, QuoteKind kind, Span span, String text, String actorId, String name) {
        return new ScoredQuote(documentId, kind, span, text, actorId, name, "");
    }

    public boolean hasSpeaker() {
        return !speakerKey.isEmpty() || !speakerName.isEmpty();
    }
}
