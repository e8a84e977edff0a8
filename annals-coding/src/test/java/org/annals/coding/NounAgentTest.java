package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** An event noun whose act "by" names, told without a support verb; sentences written for the test. */
class NounAgentTest {
    // The shelling of Armenia by Azerbaijan continued.
    private static final String SHELLING_BY = """
            1 The the DT O 2 det
            2 shelling shelling NN O 7 nsubj
            3 of of IN O 4 case
            4 Armenia Armenia NNP LOCATION 2 nmod
            5 by by IN O 6 case
            6 Azerbaijan Azerbaijan NNP LOCATION 2 nmod
            7 continued continue VBD O 0 root
            8 . . . O 7 punct
            """;

    @Test
    void theActorAfterByDoesWhatTheNounSays() {
        List<Event> events = code(SHELLING_BY);
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("AZE"), e.sourceIds());
        assertEquals(List.of("ARM"), e.targetIds());
    }

    @Test
    void byBeforeSomethingThatIsNoActorNamesNobody() {
        String byNight =
                SHELLING_BY.replace("6 Azerbaijan Azerbaijan NNP LOCATION 2 nmod", "6 night night NN O 2 nmod");
        assertEquals(List.of(), code(byNight));
    }

    @Test
    void anAgentAloneGivesNoCounterpart() {
        // "The talk of Armenia by Azerbaijan" names nobody it was held with, so it is no consultation.
        String talk = SHELLING_BY.replace("2 shelling shelling NN", "2 talk talk NN");
        assertEquals(List.of(), code(talk));
    }
}
