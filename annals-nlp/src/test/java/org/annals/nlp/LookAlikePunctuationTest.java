package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LookAlikePunctuationTest {
    @Test
    void lookAlikeDotsHyphensAndApostrophesBecomeTheirAsciiForms() {
        assertEquals("Olga K. said", LookAlikePunctuation.asAscii("Olga K\u2024 said"));
        assertEquals("Anne-Marie and Jean-Luc", LookAlikePunctuation.asAscii("Anne\u2010Marie and Jean\u2011Luc"));
        assertEquals("O'Neill", LookAlikePunctuation.asAscii("O\u02BCNeill"));
        assertEquals("v2.1 - 3", LookAlikePunctuation.asAscii("v2\uFF0E1 \uFF0D 3"));
    }

    @Test
    void offsetsStayBecauseEachCharacterIsReplacedByOne() {
        String text = "Sergei P\u2024 and Li\u2011Na Wu\uFE52";
        assertEquals(text.length(), LookAlikePunctuation.asAscii(text).length());
    }

    @Test
    void dashesCurlyQuotesAndPlainTextAreLeftAlone() {
        String dashes = "1990\u20131995 \u2014 \u201cyes\u201d, it\u2019s";
        assertEquals(dashes, LookAlikePunctuation.asAscii(dashes));
        String plain = "Mayor Ana Ruiz said.";
        assertSame(plain, LookAlikePunctuation.asAscii(plain));
    }
}
