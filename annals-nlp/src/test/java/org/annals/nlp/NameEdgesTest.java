package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Token;
import org.junit.jupiter.api.Test;

class NameEdgesTest {

    /** "Near Palmyra, one strike ...": a capitalised preposition opening the sentence is no part of the name. */
    @Test
    void aPrepositionOpeningTheSentenceLeavesTheNameRun() {
        List<Token> tokens = NameEdges.trim(HandDocuments.of(
                        LocalDate.of(2025, 9, 2),
                        "Near/IN/LOCATION",
                        "Palmyra/NNP/LOCATION",
                        ",/,",
                        "one/CD",
                        "strike/NN")
                .tokens());
        assertEquals("O", tokens.get(0).ner());
        assertEquals("LOCATION", tokens.get(1).ner());
    }

    /** The tagger's "Near/NNP" before a name and a comma opens an adverbial; "Under Armour said" keeps its name. */
    @Test
    void aPrepositionTaggedAsAProperNounLeavesTheNameOnlyBeforeAComma() {
        List<Token> tokens = NameEdges.trim(HandDocuments.sentences(
                        LocalDate.of(2025, 9, 2),
                        "Near/NNP/LOCATION Palmyra/NNP/LOCATION ,/, one/CD strike/NN hit/VBD ./.",
                        "Under/NNP/ORGANIZATION Armour/NNP/ORGANIZATION said/VBD so/RB ./.")
                .tokens());
        assertEquals("O", tokens.get(0).ner());
        assertEquals("LOCATION", tokens.get(1).ner());
        assertEquals("ORGANIZATION", tokens.get(7).ner());
    }

    /** Mid-sentence, a capitalised preposition before a name is part of it ("the Near East", "Under Armour"). */
    @Test
    void aPrepositionInsideTheSentenceStaysInTheName() {
        List<Token> tokens = NameEdges.trim(HandDocuments.of(
                        LocalDate.of(2025, 9, 2),
                        "shares/NNS",
                        "of/IN",
                        "Under/IN/ORGANIZATION",
                        "Armour/NNP/ORGANIZATION")
                .tokens());
        assertEquals("ORGANIZATION", tokens.get(2).ner());
    }

    /** "Google Science Fair —", a lone "–" between two names: punctuation at a run's edge names nothing. */
    @Test
    void punctuationAtTheEdgesOfANameRunIsNoPartOfIt() {
        List<Token> tokens = NameEdges.trim(HandDocuments.of(
                        LocalDate.of(2025, 9, 2),
                        "Google/NNP/ORGANIZATION",
                        "Fair/NNP/ORGANIZATION",
                        "—/:/ORGANIZATION",
                        "and/CC",
                        "–/:/ORGANIZATION",
                        "Yau/NNP/PERSON",
                        "-/HYPH/PERSON",
                        "ching/NNP/PERSON")
                .tokens());
        assertEquals("ORGANIZATION", tokens.get(1).ner());
        assertEquals("O", tokens.get(2).ner());
        assertEquals("O", tokens.get(4).ner());
        assertEquals("PERSON", tokens.get(6).ner());
    }
}
