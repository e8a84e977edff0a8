package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A plural object between a subject and "they" keeps the pronoun unresolved only where it may be meant: not when it
 * stands in an earlier clause of the pronoun's sentence that does not hold the pronoun. Sentences written for the
 * test.
 */
class NearerObjectsTest {
    private static final String AFTER_SOLDIERS_CAME_UNDER_FIRE_FROM_BUILDINGS_THEY = """
            1 After after IN O 3 mark
            2 soldiers soldier NNS O 3 nsubj
            3 came come VBD O 10 advcl
            4 under under IN O 5 case
            5 fire fire NN O 3 obl
            6 from from IN O 7 case
            7 buildings building NNS O 3 obl
            8 , , , O 10 punct
            9 they they PRP O 10 nsubj
            10 detained detain VBD O 0 root
            11 a a DT O 12 det
            12 journalist journalist NN O 10 obj
            13 . . . O 10 punct

            """;

    private static List<Event> arrestsOfTheJournalist(String conll) {
        return code(conll).stream()
                .filter(e -> e.type().equals("COERCE") && e.targetIds().contains("group:journalist"))
                .toList();
    }

    @Test
    void regressionTheyAfterAnObjectInAnEarlierClauseContinuesThatClausesSubject() {
        List<Event> arrests = arrestsOfTheJournalist(AFTER_SOLDIERS_CAME_UNDER_FIRE_FROM_BUILDINGS_THEY);
        assertEquals(1, arrests.size(), arrests.toString());
        assertEquals(List.of("group:soldier"), arrests.get(0).sourceIds());
    }

    @Test
    void anObjectWhoseClauseHoldsThePronounMayBeMeant() {
        List<Event> arrests = arrestsOfTheJournalist("""
                1 Soldiers soldier NNS O 2 nsubj
                2 searched search VBD O 0 root
                3 houses house NNS O 2 obj
                4 where where WRB O 6 advmod
                5 they they PRP O 6 nsubj
                6 detained detain VBD O 3 acl:relcl
                7 a a DT O 8 det
                8 journalist journalist NN O 6 obj
                9 . . . O 2 punct

                """);
        assertTrue(arrests.stream().noneMatch(e -> e.sourceIds().contains("group:soldier")), arrests.toString());
    }

    @Test
    void aPassivePronounMayBeThePatientToldBefore() {
        String theyWereDetained = AFTER_SOLDIERS_CAME_UNDER_FIRE_FROM_BUILDINGS_THEY
                .replace("9 they they PRP O 10 nsubj", "9 they they PRP O 10 nsubj:pass")
                .replace("12 journalist journalist NN O 10 obj", "12 journalist journalist NN O 10 obl");
        List<Event> events = code(theyWereDetained);
        assertTrue(events.stream().noneMatch(e -> e.targetIds().contains("group:soldier")), events.toString());
    }

    @Test
    void anObjectInTheSentenceBeforeMayBeMeant() {
        List<Event> arrests = arrestsOfTheJournalist("""
                1 Soldiers soldier NNS O 2 nsubj
                2 burned burn VBD O 0 root
                3 houses house NNS O 2 obj
                4 . . . O 2 punct

                1 They they PRP O 2 nsubj
                2 detained detain VBD O 0 root
                3 a a DT O 4 det
                4 journalist journalist NN O 2 obj
                5 . . . O 2 punct

                """);
        assertTrue(arrests.stream().noneMatch(e -> e.sourceIds().contains("group:soldier")), arrests.toString());
    }
}
