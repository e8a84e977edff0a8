package org.annals.coding;

import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** "The secretary" after "Home Secretary Ana Ruiz": a bare title word names the holder of a longer title. */
class BareTitlesTest {
    private static final ActorStage STAGE = new ActorStage();

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    private static final String HOME_SECRETARY_RUIZ = """
            1 Home Home NNP O 2 compound
            2 Secretary Secretary NNP O 4 compound
            3 Ana Ana NNP PERSON 4 compound
            4 Ruiz Ruiz NNP PERSON 5 nsubj
            5 spoke speak VBD O 0 root
            """;

    private static final String FOREIGN_SECRETARY_DIALLO = """

            1 Foreign Foreign NNP O 2 compound
            2 Secretary Secretary NNP O 4 compound
            3 Omar Omar NNP PERSON 4 compound
            4 Diallo Diallo NNP PERSON 5 nsubj
            5 spoke speak VBD O 0 root
            """;

    private static final String THE_SECRETARY_AGREED = """

            1 The the DT O 2 det
            2 secretary secretary NN O 3 nsubj
            3 agreed agree VBD O 0 root
            """;

    private static final String THE_FOREIGN_MINISTER_AGREED = """

            1 The the DT O 3 det
            2 foreign foreign JJ O 3 amod
            3 minister minister NN O 4 nsubj
            4 agreed agree VBD O 0 root
            """;

    @Test
    void regressionTheSecretaryAfterAHomeSecretaryIsThatPerson() {
        Document d = resolve(HOME_SECRETARY_RUIZ + THE_SECRETARY_AGREED);
        assertEquals("person:ana-ruiz", actorOf(d, "secretary"));
    }

    @Test
    void regressionTheForeignMinisterAfterAForeignSecretaryIsThatPerson() {
        Document d = resolve(FOREIGN_SECRETARY_DIALLO + THE_FOREIGN_MINISTER_AGREED);
        assertEquals("person:omar-diallo", actorOf(d, "minister"));
    }

    @Test
    void twoSecretariesLeaveTheSecretaryUnresolved() {
        Document d = resolve(HOME_SECRETARY_RUIZ + FOREIGN_SECRETARY_DIALLO + THE_SECRETARY_AGREED);
        assertEquals("", actorOf(d, "secretary"));
    }

    @Test
    void aSecretaryAndAHomeSecretaryLeaveTheSecretaryUnresolved() {
        Document d = resolve(HOME_SECRETARY_RUIZ + """

                1 Secretary Secretary NNP O 3 compound
                2 Li Li NNP PERSON 3 compound
                3 Wei Wei NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root
                """ + THE_SECRETARY_AGREED);
        assertEquals("", actorOf(d, "secretary"));
    }

    @Test
    void aFormerHomeSecretaryIsNotTheSecretary() {
        Document d = resolve("""
                1 Former former JJ O 3 amod
                2 Home Home NNP O 3 compound
                3 Secretary Secretary NNP O 5 compound
                4 Ana Ana NNP PERSON 5 compound
                5 Ruiz Ruiz NNP PERSON 6 nsubj
                6 spoke speak VBD O 0 root
                """ + THE_SECRETARY_AGREED);
        assertEquals("", actorOf(d, "secretary"));
    }

    @Test
    void theMinisterAfterAForeignMinisterButNotAfterAPrimeMinister() {
        String theMinisterAgreed = """

                1 The the DT O 2 det
                2 minister minister NN O 3 nsubj
                3 agreed agree VBD O 0 root
                """;
        Document foreign = resolve("""
                1 Foreign Foreign NNP O 2 compound
                2 Minister Minister NNP O 4 compound
                3 Ana Ana NNP PERSON 4 compound
                4 Ruiz Ruiz NNP PERSON 5 nsubj
                5 spoke speak VBD O 0 root
                """ + theMinisterAgreed);
        assertEquals("person:ana-ruiz", actorOf(foreign, "minister"));
        Document prime = resolve("""
                1 Prime prime NNP O 2 compound
                2 Minister Minister NNP O 4 compound
                3 Ana Ana NNP PERSON 4 compound
                4 Ruiz Ruiz NNP PERSON 5 nsubj
                5 spoke speak VBD O 0 root
                """ + theMinisterAgreed);
        assertNotEquals("person:ana-ruiz", actorOf(prime, "minister"));
    }

    @Test
    void regressionThePresidentAfterAPrepositionIsTheOnlyPresident() {
        Document d = resolve("""
                1 President President NNP O 3 compound
                2 Ana Ana NNP PERSON 3 compound
                3 Ruiz Ruiz NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root

                1 Critics critic NNS O 2 nsubj
                2 wrote write VBD O 0 root
                3 to to TO O 5 case
                4 the the DT O 5 det
                5 president president NN O 2 obl
                """);
        assertEquals("person:ana-ruiz", actorOf(d, "president"));
    }

    @Test
    void regressionThePresidentAsASecondConjunctIsTheOnlyPresident() {
        Document d = resolve("""
                1 President President NNP O 3 compound
                2 Ana Ana NNP PERSON 3 compound
                3 Ruiz Ruiz NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root

                1 Lawmakers lawmaker NNS O 5 nsubj
                2 and and CC O 4 cc
                3 the the DT O 4 det
                4 president president NN O 1 conj
                5 disagreed disagree VBD O 0 root
                """);
        assertEquals("person:ana-ruiz", actorOf(d, "president"));
    }

    @Test
    void thePresidentAfterAPrepositionStaysUnresolvedWithTwoPresidents() {
        Document d = resolve("""
                1 President President NNP O 3 compound
                2 Ana Ana NNP PERSON 3 compound
                3 Ruiz Ruiz NNP PERSON 4 nsubj
                4 met meet VBD O 0 root
                5 President President NNP O 7 compound
                6 Li Li NNP PERSON 7 compound
                7 Wei Wei NNP PERSON 4 obj

                1 Critics critic NNS O 2 nsubj
                2 wrote write VBD O 0 root
                3 to to TO O 5 case
                4 the the DT O 5 det
                5 president president NN O 2 obl
                """);
        assertNotEquals("person:ana-ruiz", actorOf(d, "president"));
        assertNotEquals("person:li-wei", actorOf(d, "president"));
    }
}
