package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Token;
import org.junit.jupiter.api.Test;

class NerConsistencyTest {
    private static List<Token> tagged(String... items) {
        return NerConsistency.apply(
                HandDocuments.of(LocalDate.of(2025, 9, 2), items).tokens());
    }

    /** "Secretary General of the league": the title's "General" is no person a pronoun could stand for. */
    @Test
    void generalOfAPostpositiveTitleIsNoName() {
        List<Token> tokens = tagged(
                "Ana/NNP/PERSON",
                "Ruiz/NNP/PERSON",
                ",/,",
                "Secretary/NNP",
                "General/NNP/PERSON",
                "of/IN",
                "the/DT",
                "league/NN");
        assertEquals("O", tokens.get(4).ner());
        assertEquals("PERSON", tokens.get(1).ner());
    }

    /** "Surgeon General Bo Kim": a title running on into a name keeps the name's tags. */
    @Test
    void generalBeforeANameKeepsItsTag() {
        List<Token> tokens =
                tagged("Surgeon/NNP", "General/NNP/PERSON", "Bo/NNP/PERSON", "Kim/NNP/PERSON", "spoke/VBD");
        assertEquals("PERSON", tokens.get(1).ner());
        assertEquals("PERSON", tokens.get(3).ner());
    }
}
