package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Withdrawing from an aim or a contest gives it up and is no retreat; test sentences. */
class AimsGivenUpTest {
    // Russia withdrew from Syria.
    private static final String WITHDREW = """
            1 Russia Russia NNP LOCATION 2 nsubj
            2 withdrew withdraw VBD O 0 root
            3 from from IN O 4 case
            4 Syria Syria NNP LOCATION 2 obl
            5 . . . O 2 punct
            """;

    @Test
    void regressionWithdrawingFromARaceIsNoRetreat() {
        // Russia withdrew from the race.
        assertTrue(code(WITHDREW.replace("4 Syria Syria NNP LOCATION 2 obl", """
                        4 the the DT O 5 det
                        5 race race NN O 2 obl
                        """)
                        .replace("3 from from IN O 4 case", "3 from from IN O 5 case")
                        .replace("5 . . . O 2 punct", "6 . . . O 2 punct"))
                .isEmpty());
    }

    @Test
    void regressionRetreatingFromAGoalIsNoRetreat() {
        // The United States retreated from its goal.
        assertTrue(code("""
                        1 The the DT O 3 det
                        2 United United NNP LOCATION 3 compound
                        3 States States NNP LOCATION 4 nsubj
                        4 retreated retreat VBD O 0 root
                        5 from from IN O 7 case
                        6 its its PRP$ O 7 nmod:poss
                        7 goal goal NN O 4 obl
                        8 . . . O 4 punct
                        """).isEmpty());
    }

    @Test
    void withdrawingFromAPlaceIsStillARetreat() {
        assertEquals("RETREAT", only(code(WITHDREW)).type());
    }
}
