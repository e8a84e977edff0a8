package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * "they" after an adverbial clause continues that clause's subject, not a later subject inside it. Sentences written
 * for the test.
 */
class LeadingClauseSubjectsTest {
    // "After soldiers said guns fired from buildings, they detained a journalist": "guns" is the last subject before
    // the pronoun, as "gun" was in "machine gun and rocket propelled grenade fire" parsed as a clause.
    private static final String AFTER_SOLDIERS_SAID_GUNS_FIRED_THEY_DETAINED = """
            1 After after IN O 3 mark
            2 soldiers soldier NNS O 3 nsubj
            3 said say VBD O 10 advcl
            4 guns gun NNS O 5 nsubj
            5 fired fire VBD O 3 ccomp
            6 from from IN O 7 case
            7 buildings building NNS O 5 obl
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
    void regressionTheyContinuesTheSubjectOfTheClauseBeforeNotALaterSubjectInsideIt() {
        List<Event> arrests = arrestsOfTheJournalist(AFTER_SOLDIERS_SAID_GUNS_FIRED_THEY_DETAINED);
        assertEquals(1, arrests.size(), arrests.toString());
        assertEquals(List.of("group:soldier"), arrests.get(0).sourceIds());
    }

    @Test
    void aClauseAfterThePronounGivesItNoAntecedent() {
        List<Event> arrests = arrestsOfTheJournalist("""
                1 They they PRP O 2 nsubj
                2 detained detain VBD O 0 root
                3 a a DT O 4 det
                4 journalist journalist NN O 2 obj
                5 after after IN O 7 mark
                6 soldiers soldier NNS O 7 nsubj
                7 arrived arrive VBD O 2 advcl
                8 . . . O 2 punct

                """);
        assertTrue(arrests.stream().noneMatch(e -> e.sourceIds().contains("group:soldier")), arrests.toString());
    }
}
