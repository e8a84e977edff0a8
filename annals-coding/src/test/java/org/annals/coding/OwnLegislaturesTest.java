package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** A state suspending its own legislature is a procedure; anyone else suspending a body or a legislature sanctions. */
class OwnLegislaturesTest {
    // In the wake of the death, Tonga's parliament was suspended indefinitely.
    private static final String AGENTLESS = """
            1 Tonga Tonga NNP LOCATION 3 nmod:poss
            2 's 's POS O 1 case
            3 parliament parliament NN O 5 nsubj:pass
            4 was be VBD O 5 aux:pass
            5 suspended suspend VBN O 0 root
            6 indefinitely indefinitely RB O 5 advmod
            7 . . . O 5 punct
            """;

    // King Tupou suspended Tonga's parliament.
    private static final String BY_ITS_KING = """
            1 King King NNP O 2 compound
            2 Tupou Tupou NNP PERSON 3 nsubj
            3 suspended suspend VBD O 0 root
            4 Tonga Tonga NNP LOCATION 6 nmod:poss
            5 's 's POS O 4 case
            6 parliament parliament NN O 3 obj
            7 . . . O 3 punct
            """;

    @Test
    void regressionAnAgentlessSuspensionOfACountrysParliamentIsNoSanction() {
        assertTrue(code(AGENTLESS).isEmpty(), () -> code(AGENTLESS).toString());
    }

    @Test
    void aHeadOfStateSuspendingParliamentIsNoSanction() {
        assertTrue(code(BY_ITS_KING).isEmpty(), () -> code(BY_ITS_KING).toString());
    }

    @Test
    void anotherCountrySuspendingTheParliamentStillSanctionsIt() {
        String foreign = BY_ITS_KING
                .replace("1 King King NNP O 2 compound", "1 The the DT O 2 det")
                .replace("2 Tupou Tupou NNP PERSON 3 nsubj", "2 Fiji Fiji NNP LOCATION 3 nsubj");
        Event event = only(code(foreign));
        assertEquals("SANCTION", event.type());
    }

    @Test
    void aSuspendedBodyThatIsNoLegislatureStillSanctions() {
        String police =
                AGENTLESS.replace("3 parliament parliament NN O 5 nsubj:pass", "3 police police NNS O 5 nsubj:pass");
        Event event = only(code(police));
        assertEquals("SANCTION", event.type());
        assertEquals("suspend", event.mode());
    }
}
