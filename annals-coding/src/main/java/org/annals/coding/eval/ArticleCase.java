package org.annals.coding.eval;

import java.util.List;

/** One scored article: its gold events and the system's events, with the publication date (ISO day or empty). */
public record ArticleCase(
        String docId, String category, String published, List<GoldEvent> gold, List<SystemEvent> system) {
    public ArticleCase {
        docId = docId == null ? "" : docId;
        category = category == null ? "" : category;
        published = published == null ? "" : published;
        gold = List.copyOf(gold == null ? List.of() : gold);
        system = List.copyOf(system == null ? List.of() : system);
    }
}
