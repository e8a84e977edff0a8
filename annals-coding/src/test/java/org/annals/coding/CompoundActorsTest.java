package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.coding.Dyads.Dyad;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Events with several actors a side, and the dyads the field's data would record for them. */
class CompoundActorsTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    private static Event only(String conll) {
        List<Event> events = EVENTS.apply(ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll)))
                .events();
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @Test
    void theGovernmentsOfCoordinatedStatesAreEachState() {
        Event e = only("""
                1 The the DT O 2 det
                2 governments government NNS O 7 nsubj
                3 of of IN O 4 case
                4 Spain Spain NNP LOCATION 2 nmod
                5 and and CC O 6 cc
                6 Italy Italy NNP LOCATION 4 conj
                7 condemned condemn VBD O 0 root
                8 Turkey Turkey NNP LOCATION 7 obj
                9 . . . O 7 punct
                """);
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("ESP", "ITA"), e.sourceIds());
        assertEquals(List.of("TUR"), e.targetIds());
        assertEquals(List.of(new Dyad("ESP", "TUR"), new Dyad("ITA", "TUR")), Dyads.of(e));
    }

    @Test
    void statesThatRenewTiesCooperateWithEachOtherBothWays() {
        Event e = only("""
                1 France France NNP LOCATION 4 nsubj
                2 and and CC O 3 cc
                3 Germany Germany NNP LOCATION 1 conj
                4 renewed renew VBD O 0 root
                5 diplomatic diplomatic JJ O 6 amod
                6 ties tie NNS O 4 obj
                7 . . . O 4 punct
                """);
        assertEquals("COOPERATE", e.type());
        assertEquals(List.of(new Dyad("FRA", "DEU"), new Dyad("DEU", "FRA")), Dyads.of(e));
    }
}
