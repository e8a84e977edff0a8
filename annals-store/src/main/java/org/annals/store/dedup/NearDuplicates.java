package org.annals.store.dedup;

/**
 * When two documents count as copies of one story. Syndicated copies of a wire story differ by a dateline, a few
 * edited words or the publisher's own boilerplate (which is not shingled); they share well over half of their
 * 5-word shingles, while different articles on the same topic share a few percent.
 */
public final class NearDuplicates {
    /** The least estimated Jaccard similarity of article shingles at which a document joins an earlier story. */
    public static final double THRESHOLD = 0.5;

    private NearDuplicates() {}

    public static boolean sameStory(double similarity) {
        return similarity >= THRESHOLD;
    }
}
