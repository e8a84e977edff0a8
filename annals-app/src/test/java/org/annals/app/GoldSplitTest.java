package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The dev/test split of the event gold set is fixed by file order: dev the first 44 articles, test the rest. */
class GoldSplitTest {
    private final List<Integer> articles = IntStream.range(0, 64).boxed().toList();

    @Test
    void devIsTheFirstFortyFourAndTestTheRest() {
        List<Integer> dev = GoldSplit.DEV.select(articles);
        List<Integer> test = GoldSplit.TEST.select(articles);
        assertEquals(IntStream.range(0, 44).boxed().toList(), dev);
        assertEquals(IntStream.range(44, 64).boxed().toList(), test);
        assertEquals(articles, GoldSplit.ALL.select(articles));
    }

    @Test
    void anUnknownSplitNamesTheValidOnes() {
        UserException error = assertThrows(UserException.class, () -> GoldSplit.parse("train"));
        assertTrue(error.getMessage().contains("dev, test, all"), error.getMessage());
        assertEquals(GoldSplit.TEST, GoldSplit.parse("test"));
    }
}
