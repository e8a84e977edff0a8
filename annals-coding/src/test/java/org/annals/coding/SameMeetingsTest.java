package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** A meeting told twice in one sentence is one event; a meeting still to come beside one held is another. */
class SameMeetingsTest {
    // Ruto met Museveni, and the two leaders discussed security.
    private static final String MET_AND_DISCUSSED = """
            1 Ruto Ruto NNP PERSON 2 nsubj
            2 met meet VBD O 0 root
            3 Museveni Museveni NNP PERSON 2 obj
            4 , , , O 9 punct
            5 and and CC O 9 cc
            6 the the DT O 8 det
            7 two two CD O 8 nummod
            8 leaders leader NNS O 9 nsubj
            9 discussed discuss VBD O 2 conj
            10 security security NN O 9 obj
            11 . . . O 2 punct
            """;

    // Ruto met Museveni, and the two leaders will discuss security.
    private static final String MET_AND_WILL_DISCUSS = """
            1 Ruto Ruto NNP PERSON 2 nsubj
            2 met meet VBD O 0 root
            3 Museveni Museveni NNP PERSON 2 obj
            4 , , , O 10 punct
            5 and and CC O 10 cc
            6 the the DT O 8 det
            7 two two CD O 8 nummod
            8 leaders leader NNS O 10 nsubj
            9 will will MD O 10 aux
            10 discuss discuss VB O 2 conj
            11 security security NN O 10 obj
            12 . . . O 2 punct
            """;

    @Test
    void regressionAMeetingAndTheTwoLeadersDiscussingIsOneMeeting() {
        Event event = only(code(MET_AND_DISCUSSED));
        assertEquals("CONSULT", event.type());
        assertEquals("meet", event.mode());
    }

    @Test
    void aLaterTellingOfTheTwoLeadersDiscussingMergesIntoTheSameMeeting() {
        String later = MET_AND_DISCUSSED + """

                1 The the DT O 3 det
                2 two two CD O 3 nummod
                3 leaders leader NNS O 4 nsubj
                4 discussed discuss VBD O 0 root
                5 trade trade NN O 4 obj
                6 . . . O 4 punct
                """;
        Event event = only(code(later));
        assertEquals("meet", event.mode());
    }

    @Test
    void aTalkStillToComeBesideAMeetingHeldStaysApart() {
        List<Event> events = code(MET_AND_WILL_DISCUSS);
        assertEquals(2, events.size(), events::toString);
    }
}
