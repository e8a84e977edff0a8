package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A resignation made to take another post or as a protest is no concession; test sentences. */
class ResignationsForOtherEndsTest {
    // Ana Ruiz resigned.
    private static final String RESIGNED = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 resigned resign VBD O 0 root
            4 . . . O 3 punct
            """;

    @Test
    void regressionAResignationToTakeAnotherPostIsNoConcession() {
        // Ana Ruiz resigned to become minister.
        assertTrue(code(RESIGNED.replace("4 . . . O 3 punct", """
                        4 to to TO O 5 mark
                        5 become become VB O 3 advcl
                        6 minister minister NN O 5 xcomp
                        7 . . . O 3 punct
                        """)).isEmpty());
    }

    @Test
    void regressionAResignationInProtestIsNoConcessionAndNoStreetProtest() {
        // Ana Ruiz resigned in protest at the deal.
        assertTrue(code(RESIGNED.replace("4 . . . O 3 punct", """
                        4 in in IN O 5 case
                        5 protest protest NN O 3 obl
                        6 at at IN O 8 case
                        7 the the DT O 8 det
                        8 deal deal NN O 5 nmod
                        9 . . . O 3 punct
                        """)).isEmpty());
    }

    @Test
    void aResignationToldAloneIsStillAConcession() {
        assertEquals("CONCEDE", only(code(RESIGNED)).type());
    }

    @Test
    void aResignationWithATimeIsStillAConcession() {
        // Ana Ruiz resigned in March.
        assertEquals(
                "CONCEDE",
                only(code(RESIGNED.replace("4 . . . O 3 punct", """
                        4 in in IN O 5 case
                        5 March March NNP DATE 3 obl
                        6 . . . O 3 punct
                        """))).type());
    }
}
