package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A stance or act on a thing between parties falls on the parties: "welcomed the agreement between Norway and
 * Chile". Every sentence here is written for the test, parsed as the parser gives such sentences.
 */
class BetweenPartiesTest {
    private static final String WELCOMED_AGREEMENT = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 welcomed welcome VBD O 0 root
            4 the the DT O 5 det
            5 NOUN NOUN NN O 3 obj
            6 between between IN O 7 case
            7 Norway Norway NNP LOCATION 5 nmod
            8 and and CC O 9 cc
            9 Chile Chile NNP LOCATION 7 conj
            10 . . . O 3 punct
            """;

    @Test
    void welcomingAnAgreementBetweenTwoStatesPraisesBoth() {
        Event praise = ofType("SUPPORT", code(WELCOMED_AGREEMENT.replace("NOUN NOUN", "agreement agreement")));
        assertEquals("SUPPORT", praise.type());
        assertEquals(List.of("person:ana-ruiz"), praise.sourceIds());
        assertEquals(List.of("NOR", "CHL"), praise.targetIds());
    }

    // "the agreement reached yesterday between A and B": the parser hangs "between" on the participle.
    private static final String AGREEMENT_REACHED_BETWEEN = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 welcomed welcome VBD O 0 root
            4 the the DT O 5 det
            5 agreement agreement NN O 3 obj
            6 reached reach VBN O 5 acl
            7 yesterday yesterday NN O 6 obl:tmod
            8 between between IN O 9 case
            9 Norway Norway NNP LOCATION 6 obl
            10 and and CC O 11 cc
            11 Chile Chile NNP LOCATION 9 conj
            12 . . . O 3 punct
            """;

    @Test
    void aBetweenPhraseOnAParticipleAfterTheNounStillNamesTheParties() {
        Event praise = ofType("SUPPORT", code(AGREEMENT_REACHED_BETWEEN));
        assertEquals("SUPPORT", praise.type());
        assertEquals(List.of("NOR", "CHL"), praise.targetIds());
    }

    @Test
    void condemningClashesBetweenTwoStatesAccusesBoth() {
        Event condemnation = only(code(WELCOMED_AGREEMENT
                .replace("welcomed welcome", "condemned condemn")
                .replace("NOUN NOUN NN", "clashes clash NNS")));
        assertEquals("ACCUSE", condemnation.type());
        assertEquals(List.of("NOR", "CHL"), condemnation.targetIds());
    }

    @Test
    void anOwnerOfTheThingOutranksItsParties() {
        // "welcomed Peru's agreement between Norway and Chile": the possessor is whose the thing is.
        String conll = """
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 welcomed welcome VBD O 0 root
                4 Peru Peru NNP LOCATION 6 nmod:poss
                5 's 's POS O 4 case
                6 agreement agreement NN O 3 obj
                7 between between IN O 8 case
                8 Norway Norway NNP LOCATION 6 nmod
                9 . . . O 3 punct
                """;
        assertEquals(List.of("PER"), ofType("SUPPORT", code(conll)).targetIds());
    }

    @Test
    void aBetweenPhraseOfTimeOrPlaceNamesNoParties() {
        // "welcomed the pause between the two sessions": no actor between, so no target and no praise.
        String conll = """
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 welcomed welcome VBD O 0 root
                4 the the DT O 5 det
                5 pause pause NN O 3 obj
                6 between between IN O 9 case
                7 the the DT O 9 det
                8 two two CD O 9 nummod
                9 sessions session NNS O 5 nmod
                10 . . . O 3 punct
                """;
        assertTrue(
                code(conll).stream().noneMatch(e -> e.type().equals("SUPPORT")),
                code(conll).toString());
    }

    // The agreement itself is coded too (AGREE among its parties); these tests are about the stance on it.
    private static Event ofType(String type, List<Event> events) {
        return only(events.stream().filter(e -> e.type().equals(type)).toList());
    }

    @Test
    void regressionMediatingAnEndToAConflictMeetsItsParties() {
        // Ana Ruiz mediated an end to the conflict between Norway and Chile.
        Event mediation = ofType("CONSULT", code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 mediated mediate VBD O 0 root
                4 an a DT O 5 det
                5 end end NN O 3 obj
                6 to to TO O 8 case
                7 the the DT O 8 det
                8 conflict conflict NN O 5 nmod
                9 between between IN O 10 case
                10 Norway Norway NNP LOCATION 8 nmod
                11 and and CC O 12 cc
                12 Chile Chile NNP LOCATION 10 conj
                13 . . . O 3 punct
                """));
        assertEquals(List.of("NOR", "CHL"), mediation.targetIds());
    }

    @Test
    void regressionBrokeringADealThatEstablishesRelationsMeetsTheirParties() {
        // Ana Ruiz brokered a deal establishing relations between Norway and Chile.
        Event mediation = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 brokered broker VBD O 0 root
                4 a a DT O 5 det
                5 deal deal NN O 3 obj
                6 establishing establish VBG O 5 acl
                7 relations relation NNS O 6 obj
                8 between between IN O 9 case
                9 Norway Norway NNP LOCATION 7 nmod
                10 and and CC O 11 cc
                11 Chile Chile NNP LOCATION 9 conj
                12 . . . O 3 punct
                """));
        assertEquals("CONSULT", mediation.type());
        assertEquals(List.of("NOR", "CHL"), mediation.targetIds());
    }
}
