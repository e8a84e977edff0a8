package org.annals.nlp.eval;

import java.util.List;
import java.util.Objects;
import org.annals.core.Document;
import org.annals.core.Span;

/** A document of an entity gold set: predictions count only inside {@code scored}, where the gold is complete. */
public record EntityDocument(Document document, Span scored, List<EntitySpan> gold) {
    public EntityDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(scored, "scored");
        gold = List.copyOf(gold);
    }
}
