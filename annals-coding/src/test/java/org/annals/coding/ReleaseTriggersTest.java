package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Triggers found missing in news releases (verbs.tsv rows and NamedComplements), each with the sense that keeps the
 * word's other uses out; sentences written for the test.
 */
class ReleaseTriggersTest {
    // Chile stands by Peru.
    private static final String STANDS_BY = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 stands stand VBZ O 0 root
            3 by by IN O 4 case
            4 Peru Peru NNP LOCATION 2 obl
            5 . . . O 2 punct
            """;

    @Test
    void standingByAPartySupportsIt() {
        Event event = only(code(STANDS_BY));
        assertEquals("SUPPORT", event.type());
        assertEquals(List.of("CHL"), event.sourceIds());
        assertEquals(List.of("PER"), event.targetIds());
    }

    @Test
    void standingByAPlaceIsNoEvent() {
        String road = STANDS_BY.replace("4 Peru Peru NNP LOCATION 2 obl", "4 road road NN O 2 obl");
        assertEquals(List.of(), code(road));
    }

    @Test
    void standingShoulderToShoulderWithAPartySupportsIt() {
        Event event = only(code("""
                1 Chile Chile NNP LOCATION 2 nsubj
                2 stands stand VBZ O 0 root
                3 shoulder shoulder NN O 2 obj
                4 to to IN O 5 case
                5 shoulder shoulder NN O 3 nmod
                6 with with IN O 7 case
                7 Peru Peru NNP LOCATION 2 obl
                8 . . . O 2 punct
                """));
        assertEquals("SUPPORT", event.type());
        assertEquals(List.of("PER"), event.targetIds());
    }

    // The Taliban targeted Peru.
    private static final String TARGETED = """
            1 The the DT O 2 det
            2 Taliban Taliban NNP ORGANIZATION 3 nsubj
            3 targeted target VBD O 0 root
            4 Peru Peru NNP LOCATION 3 obj
            5 . . . O 3 punct
            """;

    @Test
    void anArmedGroupTargetingAPartyAttacksIt() {
        Event event = only(code(TARGETED));
        assertEquals("ASSAULT", event.type());
        assertEquals(List.of("org:taliban"), event.sourceIds());
    }

    @Test
    void aStateOrAPoliticianTargetingSomeoneIsNoAttack() {
        String state =
                TARGETED.replace("2 Taliban Taliban NNP ORGANIZATION 3 nsubj", "2 Chile Chile NNP LOCATION 3 nsubj");
        assertTrue(code(state).stream().noneMatch(e -> e.type().equals("ASSAULT")), code(state)::toString);
    }

    // Chile will join Peru in Exercise Blue Sky.
    private static final String JOINS_EXERCISE = """
            1 Chile Chile NNP LOCATION 3 nsubj
            2 will will MD O 3 aux
            3 join join VB O 0 root
            4 Peru Peru NNP LOCATION 3 obj
            5 in in IN O 8 case
            6 Exercise Exercise NNP O 8 compound
            7 Blue Blue NNP O 8 compound
            8 Sky Sky NNP O 3 obl
            9 . . . O 3 punct
            """;

    @Test
    void joiningAPartyInANamedExerciseIsMilitaryCooperation() {
        Event event = only(code(JOINS_EXERCISE));
        assertEquals("COOPERATE", event.type());
        assertEquals("military", event.mode());
        assertEquals(List.of("CHL"), event.sourceIds());
        assertEquals(List.of("PER"), event.targetIds());
    }

    @Test
    void joiningAPartyInAnythingElseIsNoCooperation() {
        String inCalling = JOINS_EXERCISE
                .replace("6 Exercise Exercise NNP O 8 compound", "6 the the DT O 8 det")
                .replace("7 Blue Blue NNP O 8 compound", "7 annual annual JJ O 8 amod")
                .replace("8 Sky Sky NNP O 3 obl", "8 festival festival NN O 3 obl");
        assertTrue(code(inCalling).stream().noneMatch(e -> e.type().equals("COOPERATE")), code(inCalling)::toString);
    }
}
