package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** A meeting or visit with one's own side's staff or troops is no act between actors; with others' it is. */
class OwnPersonnelTest {
    // U.S. Army General Joseph Votel met with U.S. Air Force civilian employees.
    private static final String OWN_EMPLOYEES = """
            1 U.S. U.S. NNP LOCATION 3 compound
            2 Army Army NNP ORGANIZATION 3 compound
            3 General General NNP O 5 compound
            4 Joseph Joseph NNP PERSON 5 compound
            5 Votel Votel NNP PERSON 6 nsubj
            6 met meet VBD O 0 root
            7 with with IN O 12 case
            8 U.S. U.S. NNP ORGANIZATION 10 compound
            9 Air Air NNP ORGANIZATION 10 compound
            10 Force Force NNP ORGANIZATION 12 compound
            11 civilian civilian JJ O 12 amod
            12 employees employee NNS O 6 obl
            13 . . . O 6 punct
            """;

    // Kenyan President William Ruto visited Kenyan troops.
    private static final String OWN_TROOPS = """
            1 Kenyan Kenyan JJ NATIONALITY 2 amod
            2 President President NNP O 4 compound
            3 William William NNP PERSON 4 compound
            4 Ruto Ruto NNP PERSON 5 nsubj
            5 visited visit VBD O 0 root
            6 Kenyan Kenyan JJ NATIONALITY 7 amod
            7 troops troop NNS O 5 obj
            8 . . . O 5 punct
            """;

    @Test
    void regressionACommanderMeetingHisOwnForcesEmployeesIsNoMeetingBetweenActors() {
        assertTrue(code(OWN_EMPLOYEES).isEmpty(), () -> code(OWN_EMPLOYEES).toString());
    }

    @Test
    void aPresidentVisitingHisOwnCountrysTroopsIsNoVisitBetweenActors() {
        assertTrue(code(OWN_TROOPS).isEmpty(), () -> code(OWN_TROOPS).toString());
    }

    @Test
    void visitingAnotherCountrysTroopsStaysAVisit() {
        String foreign =
                OWN_TROOPS.replace("6 Kenyan Kenyan JJ NATIONALITY 7 amod", "6 Ugandan Ugandan JJ NATIONALITY 7 amod");
        Event event = only(code(foreign));
        assertEquals("CONSULT", event.type());
        assertEquals("org:UGA:military", event.targetIds().get(0));
    }

    @Test
    void meetingOnesOwnCountrysOfficialsStaysAMeeting() {
        String officials = OWN_TROOPS.replace("7 troops troop NNS O 5 obj", "7 officials official NNS O 5 obj");
        Event event = only(code(officials));
        assertEquals("CONSULT", event.type());
    }
}
