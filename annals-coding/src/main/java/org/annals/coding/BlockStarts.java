package org.annals.coding;

import java.util.Comparator;
import java.util.List;
import org.annals.core.Block;
import org.annals.core.Span;

/**
 * Blocks sorted by where they start, so asking whether a block starts between two offsets or covers a span takes a
 * binary search rather than a pass over every block; {@link Tree} asks once per token.
 */
final class BlockStarts {
    private final int[] starts;
    // The furthest end among the blocks starting at or before each position, so overlapping blocks answer alike.
    private final int[] furthestEnds;

    BlockStarts(List<Block> blocks) {
        List<Span> spans = blocks.stream()
                .map(Block::span)
                .sorted(Comparator.comparingInt(Span::start))
                .toList();
        this.starts = spans.stream().mapToInt(Span::start).toArray();
        this.furthestEnds = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            furthestEnds[i] = Math.max(spans.get(i).end(), i > 0 ? furthestEnds[i - 1] : Integer.MIN_VALUE);
        }
    }

    /** Whether a block starts after {@code after} and at or before {@code atMost}. */
    boolean startsIn(int after, int atMost) {
        int first = startedBy(after);
        return first < starts.length && starts[first] <= atMost;
    }

    /** Whether some block covers the whole span. */
    boolean covers(Span span) {
        int started = startedBy(span.start());
        return started > 0 && furthestEnds[started - 1] >= span.end();
    }

    // How many blocks start at or before the offset.
    private int startedBy(int offset) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
