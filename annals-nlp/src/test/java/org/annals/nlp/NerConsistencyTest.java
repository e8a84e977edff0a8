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

    /**
     * "the Baltic Shipping Union (BSU)", "News from Lagos (NFL)": the words a tagged acronym in parentheses spells
     * take its tag, whatever the tagger gave them, so that acronym and name are one organisation; words it does not
     * spell keep theirs.
     */
    @Test
    void wordsAnAcronymInParenthesesSpellsAreItsName() {
        List<Token> tokens = tagged(
                "the/DT",
                "Baltic/NNP/MISC",
                "Shipping/NNP/MISC",
                "Union/NNP/ORGANIZATION",
                "(/-LRB-",
                "BSU/NNP/ORGANIZATION",
                ")/-RRB-",
                "and/CC",
                "News/NNP",
                "from/IN",
                "Lagos/NNP/LOCATION",
                "(/-LRB-",
                "NFL/NNP/ORGANIZATION",
                ")/-RRB-",
                "and/CC",
                "Kano/NNP/LOCATION",
                "(/-LRB-",
                "BSU/NNP/ORGANIZATION",
                ")/-RRB-");
        assertEquals("ORGANIZATION", tokens.get(1).ner());
        assertEquals("ORGANIZATION", tokens.get(2).ner());
        assertEquals("ORGANIZATION", tokens.get(8).ner());
        assertEquals("ORGANIZATION", tokens.get(9).ner());
        assertEquals("ORGANIZATION", tokens.get(10).ner());
        assertEquals("O", tokens.get(0).ner());
        assertEquals("LOCATION", tokens.get(15).ner());
    }

    /**
     * "Water for Kenya (WfK)": a short name whose small letter is the initial of the name's small word spells the name,
     * though the tagger tagged none of its words an organisation; one whose small letters do not fit ("Homes in
     * Mombasa (HfM)") leaves the place a place.
     */
    @Test
    void mixedCaseShortNameInParenthesesSpellsItsName() {
        List<Token> tokens = tagged(
                "Water/NNP",
                "for/IN",
                "Kenya/NNP/LOCATION",
                "(/-LRB-",
                "WfK/NNP/ORGANIZATION",
                ")/-RRB-",
                "and/CC",
                "Homes/NNPS",
                "in/IN",
                "Mombasa/NNP/LOCATION",
                "(/-LRB-",
                "HfM/NNP/ORGANIZATION",
                ")/-RRB-");
        assertEquals("ORGANIZATION", tokens.get(0).ner());
        assertEquals("ORGANIZATION", tokens.get(1).ner());
        assertEquals("ORGANIZATION", tokens.get(2).ner());
        assertEquals("O", tokens.get(7).ner());
        assertEquals("LOCATION", tokens.get(9).ner());
    }

    /**
     * "the Nurses Federation of Ohio", "the Board on Pipeline Safety": the capitalised words after "of" or "on" that the
     * tagger cut off continue the organisation; a month after "on", even untagged, a place after "on" and capitalised words after no preposition do not.
     */
    @Test
    void capitalisedWordsAfterAPrepositionContinueAnOrganisation() {
        List<Token> tokens = tagged(
                "the/DT",
                "Nurses/NNP/ORGANIZATION",
                "Federation/NNP/ORGANIZATION",
                "of/IN",
                "Ohio/NNP/STATE_OR_PROVINCE",
                "and/CC",
                "the/DT",
                "Board/NNP/ORGANIZATION",
                "on/IN",
                "Pipeline/JJ",
                "Safety/NNP/ORGANIZATION",
                "sued/VBD",
                "Acme/NNP/ORGANIZATION",
                "on/IN",
                "March/NNP",
                "and/CC",
                "Zenith/NNP/ORGANIZATION",
                "on/IN",
                "Ohio/NNP/STATE_OR_PROVINCE");
        assertEquals("ORGANIZATION", tokens.get(3).ner());
        assertEquals("ORGANIZATION", tokens.get(4).ner());
        assertEquals("O", tokens.get(5).ner());
        assertEquals("ORGANIZATION", tokens.get(9).ner());
        assertEquals("ORGANIZATION", tokens.get(10).ner());
        assertEquals("O", tokens.get(11).ner());
        assertEquals("O", tokens.get(14).ner());
        assertEquals("STATE_OR_PROVINCE", tokens.get(18).ner());
        List<Token> untitled = tagged("Deputy/NNP", "Harbour/NNP", "Safety/NNP", "Officer/NNP", "spoke/VBD");
        assertEquals("O", untitled.get(1).ner());
        assertEquals("O", untitled.get(2).ner());
    }

    /**
     * "the Harbour Gas and Power Company (HG&P)", "the Institute of Soils, Water and Hydrology (ISWH)", "the Coastal
     * Institute of Soils and Hydrology (Cosolhyd)": the tagger cut the name at "and" or a comma, and the short name
     * in parentheses joins it again. Words before the name ("Zenith and"), and a name with a person in it, stay as
     * tagged.
     */
    @Test
    void shortNameInParenthesesJoinsANameTheTaggerCut() {
        List<Token> tokens = tagged(
                "Zenith/NNP/ORGANIZATION",
                "and/CC",
                "the/DT",
                "Harbour/NNP/ORGANIZATION",
                "Gas/NNP/ORGANIZATION",
                "and/CC",
                "Power/NNP/ORGANIZATION",
                "Company/NNP/ORGANIZATION",
                "(/-LRB-",
                "HG&P/NNP/ORGANIZATION",
                ")/-RRB-",
                "and/CC",
                "the/DT",
                "Institute/NNP/ORGANIZATION",
                "of/IN/ORGANIZATION",
                "Soils/NNP/ORGANIZATION",
                ",/,",
                "Water/NNP",
                "and/CC",
                "Hydrology/NNP",
                "(/-LRB-",
                "ISWH/NNP/ORGANIZATION",
                ")/-RRB-");
        assertEquals("ORGANIZATION", tokens.get(5).ner());
        assertEquals("O", tokens.get(1).ner());
        for (int at = 16; at <= 19; at++) {
            assertEquals("ORGANIZATION", tokens.get(at).ner(), tokens.get(at).word());
        }
        List<Token> syllabic = tagged(
                "the/DT",
                "Coastal/NNP/ORGANIZATION",
                "Institute/NNP/ORGANIZATION",
                "of/IN/ORGANIZATION",
                "Soils/NNP/ORGANIZATION",
                "and/CC",
                "Hydrology/NNP",
                "(/-LRB-",
                "Cosolhyd/NNP/ORGANIZATION",
                ")/-RRB-");
        assertEquals("ORGANIZATION", syllabic.get(5).ner());
        assertEquals("ORGANIZATION", syllabic.get(6).ner());
        List<Token> person = tagged(
                "Pat/NNP/PERSON",
                "Lane/NNP/PERSON",
                "and/CC",
                "Partners/NNP/ORGANIZATION",
                "(/-LRB-",
                "Plap/NNP/ORGANIZATION",
                ")/-RRB-");
        assertEquals("PERSON", person.get(0).ner());
        assertEquals("O", person.get(2).ner());
    }
    /**
     * "the Center for Systems Science and Engineering": "and" with untagged capitalised words after the preposition
     * of an organisation's name, and nothing capitalised after them, is a second field of the same body.
     */
    @Test
    void aFieldJoinedByAndAfterTheNamesPrepositionContinuesTheName() {
        List<Token> tokens = tagged(
                "the/DT",
                "Center/NNP/ORGANIZATION",
                "for/IN/ORGANIZATION",
                "Systems/NNP/ORGANIZATION",
                "Science/NNP/ORGANIZATION",
                "and/CC",
                "Engineering/NNP",
                "said/VBD");
        assertEquals("ORGANIZATION", tokens.get(5).ner());
        assertEquals("ORGANIZATION", tokens.get(6).ner());
    }

    /**
     * A body, place or title after "and", a name without a preposition, or a capitalised word after the field keeps
     * the tags: "the Ministry of Health and Reuters", "the Bank of England and Paris", "Acme Corp and Zenith", "the
     * Institute of Physics and Chemistry Professor Ana Ruiz".
     */
    @Test
    void andBeforeAnotherNameOrAfterANameWithoutPrepositionEndsTheName() {
        List<Token> reuters = tagged(
                "the/DT",
                "Ministry/NNP/ORGANIZATION",
                "of/IN/ORGANIZATION",
                "Health/NNP/ORGANIZATION",
                "and/CC",
                "Reuters/NNP/ORGANIZATION",
                "said/VBD");
        assertEquals("O", reuters.get(4).ner());
        List<Token> paris = tagged(
                "the/DT",
                "Bank/NNP/ORGANIZATION",
                "of/IN/ORGANIZATION",
                "England/NNP/ORGANIZATION",
                "and/CC",
                "Paris/NNP/LOCATION",
                "agreed/VBD");
        assertEquals("O", paris.get(4).ner());
        assertEquals("LOCATION", paris.get(5).ner());
        List<Token> plain =
                tagged("Acme/NNP/ORGANIZATION", "Corp/NNP/ORGANIZATION", "and/CC", "Zenith/NNP", "said/VBD");
        assertEquals("O", plain.get(2).ner());
        List<Token> titled = tagged(
                "the/DT",
                "Institute/NNP/ORGANIZATION",
                "of/IN/ORGANIZATION",
                "Physics/NNP/ORGANIZATION",
                "and/CC",
                "Chemistry/NNP",
                "Professor/NNP",
                "Ana/NNP/PERSON",
                "Ruiz/NNP/PERSON",
                "said/VBD");
        assertEquals("O", titled.get(4).ner());
    }
}
