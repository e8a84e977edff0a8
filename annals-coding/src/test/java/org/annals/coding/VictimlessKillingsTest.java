package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** "kill" with no victim an actor stands for is no assault; test sentences. */
class VictimlessKillingsTest {
    // Ana Ruiz killed Li Wei.
    private static final String KILLED = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 killed kill VBD O 0 root
            4 Li Li NNP PERSON 5 compound
            5 Wei Wei NNP PERSON 3 obj
            6 . . . O 3 punct
            """;

    @Test
    void regressionKillingAnimalsIsNoAssault() {
        // Ana Ruiz killed animals.
        assertTrue(code(KILLED.replace("4 Li Li NNP PERSON 5 compound\n", "")
                        .replace("5 Wei Wei NNP PERSON 3 obj", "4 animals animal NNS O 3 obj")
                        .replace("6 . . . O 3 punct", "5 . . . O 3 punct"))
                .isEmpty());
    }

    @Test
    void regressionKillingANumberNobodyNamesIsNoAssault() {
        // Ana Ruiz killed four.
        assertTrue(code(KILLED.replace("4 Li Li NNP PERSON 5 compound\n", "")
                        .replace("5 Wei Wei NNP PERSON 3 obj", "4 four four CD NUMBER 3 obj")
                        .replace("6 . . . O 3 punct", "5 . . . O 3 punct"))
                .isEmpty());
    }

    @Test
    void killingANamedPersonIsStillAnAssaultOnThem() {
        Event event = only(code(KILLED));
        assertEquals("ASSAULT", event.type());
        assertEquals(List.of("person:li-wei"), event.targetIds());
    }
}
