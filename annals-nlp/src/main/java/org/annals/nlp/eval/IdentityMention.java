package org.annals.nlp.eval;

import java.util.Objects;
import org.annals.core.Span;

/**
 * A gold mention of the identity evaluation: where it is, the text it covers, its gold key and kind ({@code person},
 * {@code organisation}, {@code igo}).
 */
public record IdentityMention(String documentId, Span span, String text, String key, String kind) {
    public IdentityMention {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(span, "span");
        text = text == null ? "" : text;
        Objects.requireNonNull(key, "key");
        kind = kind == null ? "" : kind;
    }
}
