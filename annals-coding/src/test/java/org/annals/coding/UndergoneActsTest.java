package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Legal acts told by the noun alone befall its owner or the actor after "of" ("his conviction", "the trial of
 * Nasser"; UndergoneActs). Every sentence here is written for the test.
 */
class UndergoneActsTest {
    private static final String NASSER_SPOKE = """
            1 Omar Omar NNP PERSON 2 compound
            2 Nasser Nasser NNP PERSON 3 nsubj
            3 spoke speak VBD O 0 root
            4 . . . O 3 punct

            """;

    @Test
    void anOwnedConvictionAccusesItsOwnerWithoutNamingTheCourt() {
        Event e = only(code(NASSER_SPOKE + """
                1 After after IN O 3 case
                2 his his PRP$ O 3 nmod:poss
                3 conviction conviction NN O 5 obl
                4 he he PRP O 5 nsubj
                5 appealed appeal VBD O 0 root
                6 . . . O 5 punct
                """).stream()
                .filter(x -> x.type().equals("ACCUSE"))
                .toList());
        assertEquals("convict", e.mode());
        assertEquals(List.of("person:omar-nasser"), e.targetIds());
        assertTrue(e.rule().startsWith("noun:conviction/agentless"), e.rule());
    }

    @Test
    void theTrialOfAnActorAccusesIt() {
        Event e = only(code("""
                1 The the DT O 2 det
                2 trial trial NN O 6 nsubj:pass
                3 of of IN O 5 case
                4 Omar Omar NNP PERSON 5 compound
                5 Nasser Nasser NNP PERSON 2 nmod
                6 scheduled schedule VBN O 0 root
                7 . . . O 6 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals("trial", e.mode());
        assertEquals(List.of("person:omar-nasser"), e.targetIds());
        assertTrue(e.sourceIds().isEmpty(), e.sourceIds().toString());
    }

    @Test
    void aTrialOfAThingNamesNobody() {
        List<Event> events = code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 announced announce VBD O 0 root
                3 a a DT O 4 det
                4 trial trial NN O 2 obj
                5 of of IN O 6 case
                6 drugs drug NNS O 4 nmod
                7 . . . O 2 punct
                """);
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void anUnownedTrialCodesNothing() {
        List<Event> events = code("""
                1 The the DT O 2 det
                2 trial trial NN O 3 nsubj
                3 began begin VBD O 0 root
                4 . . . O 3 punct
                """);
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void theOwnerOfAnInvestigationStillLeadsIt() {
        Event e = only(code("""
                1 Kenya Kenya NNP LOCATION 3 nmod:poss
                2 's 's POS O 1 case
                3 investigation investigation NN O 8 nsubj
                4 into into IN O 6 case
                5 the the DT O 6 det
                6 Chile Chile NNP LOCATION 3 nmod
                7 has have VBZ O 8 aux
                8 ended end VBN O 0 root
                9 . . . O 8 punct
                """));
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
    }
}
