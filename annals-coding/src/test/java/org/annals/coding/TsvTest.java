package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TsvTest {
    @Test
    void pairsMapTheFirstColumnToTheSecondSkippingComments() {
        assertEquals(
                Map.of("food", "humanitarian", "weapons", "military"), Tsv.pairs("/org/annals/coding/tsv/pairs.tsv"));
    }

    @Test
    void aKeyListedTwiceIsAnErrorNamingFileAndKey() {
        IllegalStateException error =
                assertThrows(IllegalStateException.class, () -> Tsv.pairs("/org/annals/coding/tsv/pairs-twice.tsv"));
        assertTrue(error.getMessage().contains("pairs-twice.tsv: 'food' is listed twice"), error.getMessage());
    }
}
