package org.annals.nlp.eval;

import java.util.List;
import java.util.Objects;
import org.annals.core.Document;
import org.annals.core.Span;

/**
 * A document ready for a resolver (text, blocks, publication date), the part of its text whose time expressions were
 * all annotated, and the gold times there. Predictions outside {@code scored} are neither right nor wrong.
 */
public record GoldDocument(Document document, Span scored, List<GoldTime> gold) {
    public GoldDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(scored, "scored");
        gold = gold == null ? List.of() : List.copyOf(gold);
    }
}
