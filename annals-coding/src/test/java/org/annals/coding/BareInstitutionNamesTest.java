package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/**
 * Bodies named by a bare word that identity across articles depends on: "Parliament" standing alone in British
 * news, and "Congress" after an article has named another country's Congress in full.
 */
class BareInstitutionNamesTest {
    private static final ActorStage STAGE = new ActorStage();

    private static final String BRITISH_GOVERNMENT = """
            1 The the DT O 3 det
            2 British British JJ MISC 3 amod
            3 government government NN O 4 nsubj
            4 met meet VBD O 0 root
            5 in in IN O 7 case
            6 the the DT O 7 det
            7 UK UK NNP LOCATION 4 obl

            """;

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2019-09-04\n" + conll));
    }

    private static String actorOf(Document document, String text) {
        return document.mentions().stream()
                .filter(m -> m.text().equals(text))
                .reduce((first, second) -> second)
                .map(m -> m.actorId())
                .orElse("");
    }

    @Test
    void parliamentAloneIsTheCountrysLegislatureAsTheLowerCaseWordIs() {
        Document d = resolve(BRITISH_GOVERNMENT + """
                1 Johnson Johnson NNP PERSON 2 nsubj
                2 suspended suspend VBD O 0 root
                3 Parliament Parliament NNP O 2 obj

                1 The the DT O 2 det
                2 parliament parliament NN O 3 nsubj
                3 returned return VBD O 0 root
                """);
        assertEquals("org:GBR:legislature", actorOf(d, "Parliament"));
        assertEquals(actorOf(d, "Parliament"), actorOf(d, "parliament"));
    }

    @Test
    void parliamentInsideALongerNameIsPartOfThatName() {
        Document d = resolve(BRITISH_GOVERNMENT + """
                1 Protesters protester NNS O 2 nsubj
                2 filled fill VBD O 0 root
                3 Parliament Parliament NNP O 4 compound
                4 Square Square NNP O 2 obj
                """);
        assertTrue(d.mentions().stream().noneMatch(m -> m.text().equals("Parliament")));
    }

    @Test
    void theBareNameOfAKnownBodyIsTheArticlesOwnBodyOfThatNameWhenNamedInFull() {
        Document d = resolve("""
                1 The the DT O 2 det
                2 Congress Congress NNP ORGANIZATION 6 nsubj
                3 of of IN ORGANIZATION 5 case
                4 the the DT ORGANIZATION 5 det
                5 Philippines Philippines NNPS ORGANIZATION 2 nmod
                6 met meet VBD O 0 root

                1 Congress Congress NNP ORGANIZATION 2 nsubj
                2 adjourned adjourn VBD O 0 root
                """);
        assertEquals("org:PHL:legislature", actorOf(d, "Congress"));
        assertEquals(actorOf(d, "Congress of the Philippines"), actorOf(d, "Congress"));
    }

    @Test
    void theBareNameOfAKnownBodyIsTheKnownBodyOtherwise() {
        Document d = resolve("""
                1 Congress Congress NNP ORGANIZATION 2 nsubj
                2 adjourned adjourn VBD O 0 root
                """);
        assertEquals("org:congress", actorOf(d, "Congress"));
    }
}
