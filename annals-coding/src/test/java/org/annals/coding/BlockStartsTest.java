package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/** Blocks found by binary search must answer as a pass over every block would. */
class BlockStartsTest {
    private static Block block(int start, int end) {
        return new Block(new Span(start, end), BlockKind.BODY, "");
    }

    // Given out of order, as nothing promises the document's blocks are sorted.
    private final BlockStarts blocks = new BlockStarts(List.of(block(50, 80), block(0, 20), block(30, 40)));

    @Test
    void aBlockStartsAfterTheFirstOffsetAndAtOrBeforeTheSecond() {
        assertTrue(blocks.startsIn(25, 30));
        assertTrue(blocks.startsIn(29, 60));
        assertFalse(blocks.startsIn(30, 45), "a block starting at the first offset is not after it");
        assertFalse(blocks.startsIn(31, 49));
        assertTrue(blocks.startsIn(-1, 0));
        assertFalse(blocks.startsIn(50, 1000));
    }

    @Test
    void aSpanIsCoveredOnlyWhenOneBlockHoldsAllOfIt() {
        assertTrue(blocks.covers(new Span(0, 20)));
        assertTrue(blocks.covers(new Span(32, 35)));
        assertFalse(blocks.covers(new Span(18, 22)), "reaching past the end of its block");
        assertFalse(blocks.covers(new Span(22, 25)), "between blocks");
        assertFalse(blocks.covers(new Span(85, 90)), "after every block");
    }

    @Test
    void regressionAShortBlockInsideALongOneStillLetsTheLongOneCover() {
        BlockStarts nested = new BlockStarts(List.of(block(0, 100), block(10, 20)));

        assertTrue(nested.covers(new Span(30, 40)));
    }

    @Test
    void noBlocksCoverNothingAndStartNowhere() {
        BlockStarts none = new BlockStarts(List.of());

        assertFalse(none.covers(new Span(0, 1)));
        assertFalse(none.startsIn(-1, 100));
    }
}
