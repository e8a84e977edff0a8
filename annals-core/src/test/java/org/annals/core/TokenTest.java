package org.annals.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a token is, read from its tag rather than its characters. */
class TokenTest {
    private static Token tagged(String word, String pos) {
        return new Token(0, new Span(0, word.length()), word, word, pos, "O", 0, -1, "");
    }

    @Test
    void quotationMarksAreKnownByTheirTagWhateverTheCharacter() {
        assertTrue(tagged("“", "``").isQuotationMark());
        assertTrue(tagged("\"", "''").isQuotationMark());
        assertTrue(tagged("'", "''").isQuotationMark());
    }

    @Test
    void anApostropheOfPossessionIsNoQuotationMark() {
        assertFalse(tagged("'", "POS").isQuotationMark());
        assertFalse(tagged("\"", "").isQuotationMark());
        assertFalse(tagged(",", ",").isQuotationMark());
    }
}
