package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Weapons used by an actor are an attack (the "weapon" row of nouns.tsv); the sentences are written for the test. */
class WeaponsUsedTest {
    // Kenya has used chemical weapons against Somalia .
    private static final String USED_AGAINST = """
            1 Kenya Kenya NNP LOCATION 3 nsubj
            2 has have VBZ O 3 aux
            3 used use VBN O 0 root
            4 chemical chemical JJ O 5 amod
            5 weapons weapon NNS O 3 obj
            6 against against IN O 7 case
            7 Somalia Somalia NNP LOCATION 3 obl
            8 . . . O 3 punct
            """;

    @Test
    void weaponsUsedAgainstAnActorAreAnAttackOnIt() {
        // The shape of "the Asad regime has used chemical weapons against the Syrian people".
        Event e = only(code(USED_AGAINST));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of("SOM"), e.targetIds());
        assertEquals("noun:weapon/support:use/nsubj", e.rule());
    }

    @Test
    void weaponsUsedWithNoTargetNamedAreAnAttackWithoutOne() {
        // "Daesh has used such weapons at least once."
        Event e = only(code("""
                1 Kenya Kenya NNP LOCATION 3 nsubj
                2 has have VBZ O 3 aux
                3 used use VBN O 0 root
                4 such such JJ O 5 amod
                5 weapons weapon NNS O 3 obj
                6 . . . O 3 punct
                """));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of(), e.targetIds());
    }

    @Test
    void weaponsHeldSoldOrBannedAreNoAttack() {
        assertEquals(List.of(), code(USED_AGAINST.replace("3 used use VBN", "3 sold sell VBN")));
        assertEquals(List.of(), code(USED_AGAINST.replace("3 used use VBN", "3 stockpiled stockpile VBN")));
    }
}
