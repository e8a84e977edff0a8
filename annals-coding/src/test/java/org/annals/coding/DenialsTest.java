package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Denials and refusals whose counterpart is told outside the verb's own object. */
class DenialsTest {
    private static Optional<Event> ofType(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).findFirst();
    }

    private static Event only(List<Event> events, String type) {
        return ofType(events, type).orElseThrow(() -> new AssertionError("no " + type + " in " + events));
    }

    @Test
    void aDenialInARelativeClauseOnAReportedClauseAnswersTheTeller() {
        Event e = only(code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 claims claim VBZ O 0 root
                3 Okafor Okafor NNP PERSON 4 nsubj
                4 asked ask VBD O 2 ccomp
                5 for for IN O 6 case
                6 help help NN O 4 obl
                7 , , , O 6 punct
                8 which which WDT O 10 obj
                9 Okafor Okafor NNP PERSON 10 nsubj
                10 denied deny VBD O 6 acl:relcl
                11 . . . O 2 punct
                """), "REJECT");
        assertEquals(List.of("person:okafor"), e.sourceIds());
        assertEquals(List.of("PER"), e.targetIds());
    }

    @Test
    void aReportedClauseTheParserLeftAsABareDepStillNamesTheTeller() {
        Event e = only(code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 claims claim VBZ O 0 root
                3 Okafor Okafor NNP PERSON 4 nsubj
                4 asked ask VBN O 2 dep
                5 for for IN O 6 case
                6 help help NN O 4 obl
                7 , , , O 6 punct
                8 which which WDT O 10 obj
                9 Okafor Okafor NNP PERSON 10 nsubj
                10 denied deny VBD O 6 acl:relcl
                11 . . . O 2 punct
                """), "REJECT");
        assertEquals(List.of("PER"), e.targetIds());
    }

    @Test
    void aRejectionInARelativeClauseIsNoDenialOfTheTeller() {
        List<Event> events = code("""
                1 Peru Peru NNP LOCATION 2 nsubj
                2 said say VBD O 0 root
                3 Kenya Kenya NNP LOCATION 4 nsubj
                4 sent send VBD O 2 ccomp
                5 a a DT O 6 det
                6 plan plan NN O 4 obj
                7 , , , O 6 punct
                8 which which WDT O 10 obj
                9 Chile Chile NNP LOCATION 10 nsubj
                10 rejected reject VBD O 6 acl:relcl
                11 . . . O 2 punct
                """);
        assertTrue(
                ofType(events, "REJECT").stream().noneMatch(e -> e.targetIds().contains("PER")), events.toString());
    }

    @Test
    void aRefusalAnswersARequestToldInAnEarlierConjunctOfTheSameHead() {
        Event refusal = only(code("""
                1 Talks talk NNS O 2 nsubj
                2 began begin VBD O 0 root
                3 , , , O 6 punct
                4 and and CC O 6 cc
                5 Peru Peru NNP LOCATION 6 nsubj
                6 asked ask VBD O 2 conj
                7 Chile Chile NNP LOCATION 6 obj
                8 to to TO O 9 mark
                9 wait wait VB O 6 xcomp
                10 , , , O 13 punct
                11 but but CC O 13 cc
                12 Chile Chile NNP LOCATION 13 nsubj
                13 declined decline VBD O 2 conj
                14 . . . O 2 punct
                """), "REJECT");
        assertEquals(List.of("CHL"), refusal.sourceIds());
        assertEquals(List.of("PER"), refusal.targetIds());
    }
}
