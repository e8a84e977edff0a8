package org.annals.coding;

import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/**
 * "The Foreign Secretary" after "Russian Foreign Minister Ana Ruiz": a title that is one country's own name of an
 * office is no description of a holder whom the text gives another name of that office.
 */
class OtherOfficeTitlesTest {
    private static final ActorStage STAGE = new ActorStage();

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    private static final String RUSSIAN_FOREIGN_MINISTER_RUIZ = """
            1 Russian Russian JJ NATIONALITY 4 amod
            2 Foreign Foreign NNP O 3 compound
            3 Minister Minister NNP O 5 compound
            4 Ana Ana NNP PERSON 5 compound
            5 Ruiz Ruiz NNP PERSON 6 nsubj
            6 spoke speak VBD O 0 root
            """;

    private static final String THE_FOREIGN_SECRETARY_PRESSED = """

            1 The the DT O 3 det
            2 Foreign Foreign NNP O 3 compound
            3 Secretary Secretary NNP O 4 nsubj
            4 pressed press VBD O 0 root
            """;

    @Test
    void regressionTheForeignSecretaryIsNotAForeignMinisterOfTheText() {
        Document d = resolve(RUSSIAN_FOREIGN_MINISTER_RUIZ + THE_FOREIGN_SECRETARY_PRESSED);
        assertEquals("", actorOf(d, "Secretary"));
    }

    @Test
    void theForeignSecretaryIsAForeignSecretaryOfTheText() {
        Document d = resolve("""
                1 Foreign Foreign NNP O 2 compound
                2 Secretary Secretary NNP O 4 compound
                3 Ana Ana NNP PERSON 4 compound
                4 Ruiz Ruiz NNP PERSON 5 nsubj
                5 spoke speak VBD O 0 root
                """ + THE_FOREIGN_SECRETARY_PRESSED);
        assertEquals("person:ana-ruiz", actorOf(d, "Secretary"));
    }

    @Test
    void theForeignMinisterIsStillAForeignMinisterOfTheText() {
        Document d = resolve(RUSSIAN_FOREIGN_MINISTER_RUIZ + """

                1 The the DT O 3 det
                2 foreign foreign JJ O 3 amod
                3 minister minister NN O 4 nsubj
                4 pressed press VBD O 0 root
                """);
        assertEquals("person:ana-ruiz", actorOf(d, "minister"));
    }
}
