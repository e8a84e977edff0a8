package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** The "of" phrase of a measure is what the measure is about, not the target of the verb; test sentences. */
class PolicyNounsTest {
    // Ana Ruiz called for the nationalization of the Federal Reserve.
    private static final String CALLED_FOR_MEASURE = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 called call VBD O 0 root
            4 for for IN O 6 case
            5 the the DT O 6 det
            6 nationalization nationalization NN O 3 obl
            7 of of IN O 10 case
            8 the the DT O 10 det
            9 Federal Federal NNP ORGANIZATION 10 compound
            10 Reserve Reserve NNP ORGANIZATION 6 nmod
            11 . . . O 3 punct
            """;

    @Test
    void regressionCallingForTheNationalizationOfAnInstitutionAsksNobody() {
        assertTrue(code(CALLED_FOR_MEASURE).isEmpty());
    }

    @Test
    void regressionBackingTheAbolitionOfABodyBacksNoActor() {
        // Ana Ruiz backed the abolition of the Federal Reserve.
        assertTrue(code(CALLED_FOR_MEASURE
                        .replace("3 called call VBD O 0 root", "3 backed back VBD O 0 root")
                        .replace("4 for for IN O 6 case", "4 the the DT O 6 det")
                        .replace("5 the the DT O 6 det", "5 full full JJ O 6 amod")
                        .replace("6 nationalization nationalization NN O 3 obl", "6 abolition abolition NN O 3 obj"))
                .isEmpty());
    }

    @Test
    void callingForTheResignationOfAPersonStillNamesThePerson() {
        // Ana Ruiz called for the resignation of Li Wei.
        Event event = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 called call VBD O 0 root
                4 for for IN O 6 case
                5 the the DT O 6 det
                6 resignation resignation NN O 3 obl
                7 of of IN O 9 case
                8 Li Li NNP PERSON 9 compound
                9 Wei Wei NNP PERSON 6 nmod
                10 . . . O 3 punct
                """));
        assertEquals("REQUEST", event.type());
        assertEquals(List.of("person:li-wei"), event.targetIds());
    }

    @Test
    void demandingTheReleaseOfAPersonStillNamesThePerson() {
        // Ana Ruiz demanded the release of Li Wei.
        Event event = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 demanded demand VBD O 0 root
                4 the the DT O 5 det
                5 release release NN O 3 obj
                6 of of IN O 8 case
                7 Li Li NNP PERSON 8 compound
                8 Wei Wei NNP PERSON 5 nmod
                9 . . . O 3 punct
                """));
        assertEquals("REQUEST", event.type());
        assertEquals(List.of("person:li-wei"), event.targetIds());
    }
}
