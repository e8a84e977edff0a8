package org.annals.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameTokensTest {
    @Test
    void lastTokenFoldsCaseDiacriticsAndPossessives() {
        assertEquals("erdogan", NameTokens.lastToken("Recep Tayyip Erdoğan"));
        assertEquals("trump", NameTokens.lastToken("Trump's"));
        assertEquals("", NameTokens.lastToken(" - "));
    }
}
