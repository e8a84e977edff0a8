package org.annals.coding;

import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** "The prime minister", "the French prime minister": a title of several words, or one a country qualifies. */
class TitledDescriptionsTest {
    private static final ActorStage STAGE = new ActorStage();

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    private static final String PRIME_MINISTER_RUIZ = """
            1 Prime prime NNP O 2 compound
            2 Minister Minister NNP O 4 compound
            3 Ana Ana NNP PERSON 4 compound
            4 Ruiz Ruiz NNP PERSON 5 nsubj
            5 spoke speak VBD O 0 root
            """;

    private static final String CRITICS_BLAMED_THE_PRIME_MINISTER = """

            1 Critics critic NNS O 2 nsubj
            2 blamed blame VBD O 0 root
            3 the the DT O 5 det
            4 prime prime JJ O 5 amod
            5 minister minister NN O 2 obj
            """;

    @Test
    void thePrimeMinisterIsTheOnlyPrimeMinisterNamedBefore() {
        Document d = resolve(PRIME_MINISTER_RUIZ + CRITICS_BLAMED_THE_PRIME_MINISTER);
        assertEquals("person:ana-ruiz", actorOf(d, "minister"));
    }

    @Test
    void theAttorneyGeneralIsTheAttorneyGeneralNamedEarlierInTheSameSentence() {
        Document d = resolve("""
                1 Attorney Attorney NNP O 2 compound
                2 General General NNP O 4 compound
                3 Lena Lena NNP PERSON 4 compound
                4 Berg Berg NNP PERSON 5 nsubj
                5 sued sue VBD O 0 root
                6 Acme Acme NNP ORGANIZATION 5 obj
                7 , , , O 5 punct
                8 and and CC O 12 cc
                9 the the DT O 11 det
                10 attorney attorney NN O 11 compound
                11 general general NN O 12 nsubj
                12 won win VBD O 5 conj
                """);
        assertEquals("person:lena-berg", actorOf(d, "general"));
    }

    @Test
    void thePrimeMinisterStaysUnresolvedWhenTwoPrimeMinistersWereNamed() {
        Document d = resolve("""
                1 Prime prime NNP O 2 compound
                2 Minister Minister NNP O 4 compound
                3 Ana Ana NNP PERSON 4 compound
                4 Ruiz Ruiz NNP PERSON 5 nsubj
                5 met meet VBD O 0 root
                6 Prime prime NNP O 7 compound
                7 Minister Minister NNP O 9 compound
                8 Omar Omar NNP PERSON 9 compound
                9 Diallo Diallo NNP PERSON 5 obj
                """ + CRITICS_BLAMED_THE_PRIME_MINISTER);
        assertEquals("", actorOf(d, "minister"));
    }

    @Test
    void aCountryQualifiedTitleGoesToTheHolderOfThatCountryOnly() {
        Document d = resolve("""
                1 French French JJ MISC 3 amod
                2 Prime prime NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Ana Ana NNP PERSON 5 compound
                5 Ruiz Ruiz NNP PERSON 6 nsubj
                6 met meet VBD O 0 root
                7 Kenyan Kenyan JJ MISC 9 amod
                8 Prime prime NNP O 9 compound
                9 Minister Minister NNP O 11 compound
                10 Omar Omar NNP PERSON 11 compound
                11 Diallo Diallo NNP PERSON 6 obj

                1 Critics critic NNS O 2 nsubj
                2 blamed blame VBD O 0 root
                3 the the DT O 6 det
                4 Kenyan Kenyan JJ MISC 6 amod
                5 prime prime JJ O 6 amod
                6 minister minister NN O 2 obj
                """);
        assertEquals(
                "person:omar-diallo",
                actorOf(d, "Kenyan prime minister"),
                d.mentions().toString());
    }

    @Test
    void aTitleOfAnotherCountryIsNobody() {
        Document d = resolve("""
                1 French French JJ MISC 3 amod
                2 Prime prime NNP O 3 compound
                3 Minister Minister NNP O 5 compound
                4 Ana Ana NNP PERSON 5 compound
                5 Ruiz Ruiz NNP PERSON 6 nsubj
                6 spoke speak VBD O 0 root

                1 Critics critic NNS O 2 nsubj
                2 blamed blame VBD O 0 root
                3 the the DT O 6 det
                4 Kenyan Kenyan JJ MISC 6 amod
                5 prime prime JJ O 6 amod
                6 minister minister NN O 2 obj
                """);
        assertNotEquals(
                "person:ana-ruiz",
                actorOf(d, "Kenyan prime minister"),
                d.mentions().toString());
    }

    @Test
    void theFormerPrimeMinisterIsNobody() {
        Document d = resolve(PRIME_MINISTER_RUIZ + """

                1 Critics critic NNS O 2 nsubj
                2 blamed blame VBD O 0 root
                3 the the DT O 6 det
                4 former former JJ O 6 amod
                5 prime prime JJ O 6 amod
                6 minister minister NN O 2 obj
                """);
        assertEquals("", actorOf(d, "minister"));
    }

    @Test
    void aMinisterOfAnotherPortfolioIsNotThePrimeMinister() {
        Document d = resolve("""
                1 Foreign foreign NNP O 2 compound
                2 Minister Minister NNP O 4 compound
                3 Ana Ana NNP PERSON 4 compound
                4 Ruiz Ruiz NNP PERSON 5 nsubj
                5 spoke speak VBD O 0 root
                """ + CRITICS_BLAMED_THE_PRIME_MINISTER);
        assertEquals("", actorOf(d, "minister"));
    }

    @Test
    void aPrimeMinisterNamedOnlyAfterTheTitleIsNotItsHolder() {
        Document d = resolve(CRITICS_BLAMED_THE_PRIME_MINISTER.strip() + "\n\n" + PRIME_MINISTER_RUIZ);
        assertNotEquals("person:ana-ruiz", actorOf(d, "minister"));
    }

    @Test
    void theSecretaryOfStateIsNoOtherSecretary() {
        // Regression: "the Secretary of State" was read as "the secretary" and went to the justice secretary.
        Document d = resolve("""
                1 Justice justice NNP O 2 compound
                2 Secretary Secretary NNP O 4 compound
                3 Ana Ana NNP PERSON 4 compound
                4 Ruiz Ruiz NNP PERSON 5 nsubj
                5 spoke speak VBD O 0 root

                1 The the DT O 2 det
                2 Secretary Secretary NNP O 6 nsubj
                3 of of IN O 4 case
                4 State State NNP O 2 nmod
                5 would would MD O 6 aux
                6 succeed succeed VB O 0 root
                7 the the DT O 8 det
                8 governor governor NN O 6 obj
                """);
        assertEquals("", actorOf(d, "Secretary"));
    }
}
