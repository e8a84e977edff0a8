package org.annals.store;

import java.util.List;

/**
 * What the store holds, and which actor pairs have the most events between them. {@code stories} counts documents
 * once per story, near-duplicate copies together;
 * {@code happenings} counts events once per real-world happening, the reports of it in all articles together.
 */
public record Summary(
        long documents,
        long stories,
        long actors,
        long mentions,
        long events,
        long happenings,
        long quotes,
        List<PairCount> topPairs) {
    public Summary {
        topPairs = List.copyOf(topPairs);
    }

    /**
     * Two actors and the number of events with one as source and the other as target, in either direction; the
     * pair is ordered by id so that each pair appears once.
     */
    public record PairCount(String firstId, String firstName, String secondId, String secondName, long events) {}
}
