package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** An accusation, request, support or rejection that reaches no actor is an opinion, not an event; test sentences. */
class OpinionsOfNoActorTest {
    // Ana Ruiz criticized the policy.
    private static final String CRITICIZED_THE_POLICY = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 criticized criticize VBD O 0 root
            4 the the DT O 5 det
            5 policy policy NN O 3 obj
            6 . . . O 3 punct
            """;

    @Test
    void regressionCriticismOfAPolicyWithoutAnAuthorIsNoEvent() {
        assertTrue(code(CRITICIZED_THE_POLICY).isEmpty());
    }

    @Test
    void regressionACallForAnEndToSomethingAddressedToNobodyIsNoEvent() {
        // Ana Ruiz called for an end to the war.
        assertTrue(code("""
                        1 Ana Ana NNP PERSON 2 compound
                        2 Ruiz Ruiz NNP PERSON 3 nsubj
                        3 called call VBD O 0 root
                        4 for for IN O 6 case
                        5 an a DT O 6 det
                        6 end end NN O 3 obl
                        7 to to IN O 9 case
                        8 the the DT O 9 det
                        9 war war NN O 6 nmod
                        10 . . . O 3 punct
                        """).isEmpty());
    }

    @Test
    void criticismOfAPersonIsStillAnEvent() {
        Event event = only(code(CRITICIZED_THE_POLICY
                .replace("4 the the DT O 5 det", "4 Li Li NNP PERSON 5 compound")
                .replace("5 policy policy NN O 3 obj", "5 Wei Wei NNP PERSON 3 obj")));
        assertEquals("ACCUSE", event.type());
        assertEquals(List.of("person:li-wei"), event.targetIds());
    }

    @Test
    void condemningAnAttackWhoseAuthorIsUnknownKeepsTheEmptyTarget() {
        Event event = only(code(CRITICIZED_THE_POLICY
                .replace("3 criticized criticize VBD O 0 root", "3 condemned condemn VBD O 0 root")
                .replace("5 policy policy NN O 3 obj", "5 attack attack NN O 3 obj")));
        assertEquals("ACCUSE", event.type());
        assertEquals(List.of(), event.targetIds());
    }

    @Test
    void aTargetlessActOfAnotherTypeIsKept() {
        // Ana Ruiz resigned.
        Event event = only(code("""
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 3 nsubj
                3 resigned resign VBD O 0 root
                4 . . . O 3 punct
                """));
        assertEquals("CONCEDE", event.type());
    }
}
