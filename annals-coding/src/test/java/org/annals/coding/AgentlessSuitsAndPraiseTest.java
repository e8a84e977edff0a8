package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A suit or a praise told in the passive without agent still befalls its patient, as a charge or a criticism does
 * (verbs.tsv rows marked {@code agentless}; docs/evaluation.md, "Events missed entirely, pooled over all sets");
 * sentences written for the test.
 */
class AgentlessSuitsAndPraiseTest {
    private static Event only(List<Event> events, String type) {
        List<Event> typed = events.stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, typed.size(), events.toString());
        return typed.get(0);
    }

    // Okafor is being sued in Germany.
    private static final String BEING_SUED = """
            1 Okafor Okafor NNP PERSON 4 nsubj:pass
            2 is be VBZ O 4 aux
            3 being be VBG O 4 aux:pass
            4 sued sue VBN O 0 root
            5 in in IN O 6 case
            6 Germany Germany NNP LOCATION 4 obl
            7 . . . O 4 punct
            """;

    @Test
    void regressionAPersonSuedWithoutAgentIsTheTargetOfTheSuit() {
        Event suit = only(code(BEING_SUED), "ACCUSE");
        assertEquals(List.of(), suit.sourceIds());
        assertEquals(List.of("person:okafor"), suit.targetIds());
        assertEquals("sue", suit.mode());
    }

    @Test
    void aSuitOfSomethingThatIsNoActorCodesNothing() {
        // "The bill is being sued in Germany": no actor undergoes it.
        assertEquals(
                List.of(),
                code(BEING_SUED.replace("1 Okafor Okafor NNP PERSON 4 nsubj:pass", "1 bill bill NN O 4 nsubj:pass")));
    }

    // Okafor was hailed a national hero.
    private static final String HAILED = """
            1 Okafor Okafor NNP PERSON 3 nsubj:pass
            2 was be VBD O 3 aux:pass
            3 hailed hail VBN O 0 root
            4 a a DT O 6 det
            5 national national JJ O 6 amod
            6 hero hero NN O 3 xcomp
            7 . . . O 3 punct
            """;

    @Test
    void regressionAPersonHailedWithoutAgentIsPraised() {
        Event praise = only(code(HAILED), "SUPPORT");
        assertEquals(List.of(), praise.sourceIds());
        assertEquals(List.of("person:okafor"), praise.targetIds());
    }

    @Test
    void aPraiserNamedAfterByStillActs() {
        // "Okafor was praised by Peru."
        String byPeru = """
                1 Okafor Okafor NNP PERSON 3 nsubj:pass
                2 was be VBD O 3 aux:pass
                3 praised praise VBN O 0 root
                4 by by IN O 5 case
                5 Peru Peru NNP LOCATION 3 obl
                6 . . . O 3 punct
                """;
        Event praise = only(code(byPeru), "SUPPORT");
        assertEquals(List.of("PER"), praise.sourceIds());
        assertEquals(List.of("person:okafor"), praise.targetIds());
    }
}
