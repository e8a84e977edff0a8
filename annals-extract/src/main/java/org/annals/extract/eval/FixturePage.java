package org.annals.extract.eval;

import java.util.List;
import java.util.Objects;

/**
 * One benchmark page: its HTML, the gold article text (paragraphs joined by blank lines, title left out) and the
 * texts of the appeal and newsletter boxes placed on it.
 */
public record FixturePage(String id, String layout, String html, String gold, List<String> boxes) {
    public FixturePage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(gold, "gold");
        layout = layout == null ? "" : layout;
        boxes = boxes == null ? List.of() : List.copyOf(boxes);
    }
}
