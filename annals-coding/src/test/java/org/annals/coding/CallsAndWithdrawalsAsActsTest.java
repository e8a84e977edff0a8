package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** "The call" and "the withdrawal" name acts told before (acts.tsv), so a stance on them is aimed at their author. */
class CallsAndWithdrawalsAsActsTest {
    private static List<Event> ofType(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void secondingTheCallSupportsWhoeverCalled() {
        List<Event> events = code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 called call VBD O 0 root
                3 for for IN O 4 case
                4 talks talk NNS O 2 obl
                5 . . . O 2 punct

                1 The the DT O 2 det
                2 call call NN O 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 seconded second VBN O 0 root
                5 by by IN O 6 case
                6 Chile Chile NNP LOCATION 4 obl
                7 . . . O 4 punct
                """);
        List<Event> support = ofType(events, "SUPPORT");
        assertEquals(1, support.size(), events.toString());
        assertEquals(List.of("CHL"), support.get(0).sourceIds());
        assertEquals(List.of("PER"), support.get(0).targetIds());
    }

    @Test
    void opposingTheWithdrawalRejectsWhoeverWithdrew() {
        List<Event> events = code("""
                1 Russia Russia NNP LOCATION 2 nsubj
                2 withdrew withdraw VBD O 0 root
                3 from from IN O 4 case
                4 Syria Syria NNP LOCATION 2 obl
                5 . . . O 2 punct

                1 Chile Chile NNP LOCATION 2 nsubj
                2 opposed oppose VBD O 0 root
                3 the the DT O 4 det
                4 withdrawal withdrawal NN O 2 obj
                5 . . . O 2 punct
                """);
        List<Event> reject = ofType(events, "REJECT");
        assertEquals(1, reject.size(), events.toString());
        assertEquals(List.of("CHL"), reject.get(0).sourceIds());
        assertEquals(List.of("RUS"), reject.get(0).targetIds());
    }

    @Test
    void aWithdrawalNobodyWasToldToMakeHasNoAuthor() {
        List<Event> events = code("""
                1 Chile Chile NNP LOCATION 2 nsubj
                2 opposed oppose VBD O 0 root
                3 the the DT O 4 det
                4 withdrawal withdrawal NN O 2 obj
                5 . . . O 2 punct
                """);
        assertTrue(ofType(events, "REJECT").isEmpty(), events.toString());
    }
}
