package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Collaborate" tells joint work of artists, clubs and firms, not cooperation between actors; test sentences. */
class CollaborationsTest {
    // Ana Ruiz cooperated with Ben Okafor.
    private static final String COOPERATED = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 cooperated cooperate VBD O 0 root
            4 with with IN O 6 case
            5 Ben Ben NNP PERSON 6 compound
            6 Okafor Okafor NNP PERSON 3 obl
            7 . . . O 3 punct
            """;

    @Test
    void regressionCollaboratingWithSomeoneIsNoCooperationEvent() {
        assertTrue(code(COOPERATED.replace("3 cooperated cooperate VBD", "3 collaborated collaborate VBD"))
                .isEmpty());
    }

    @Test
    void cooperatingWithSomeoneStillCooperates() {
        assertEquals("COOPERATE", only(code(COOPERATED)).type());
    }
}
