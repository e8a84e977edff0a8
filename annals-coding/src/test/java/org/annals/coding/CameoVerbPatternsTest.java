package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Acts with no lexicon row, checked against PETRARCH2's verb dictionary (verbs.tsv rows after "Checked against
 * PETRARCH2's verb dictionary"; docs/evaluation.md, "Acts with no lexicon row, checked against the field's verb
 * dictionary"); sentences written for the test.
 */
class CameoVerbPatternsTest {
    // Okafor was kept in solitary confinement.
    private static final String KEPT_IN_CONFINEMENT = """
            1 Okafor Okafor NNP PERSON 3 nsubj:pass
            2 was be VBD O 3 aux:pass
            3 kept keep VBN O 0 root
            4 in in IN O 6 case
            5 solitary solitary JJ O 6 amod
            6 confinement confinement NN O 3 obl
            7 . . . O 3 punct
            """;

    @Test
    void regressionAPersonKeptInSolitaryConfinementIsHeldWithoutSource() {
        Event event = only(code(KEPT_IN_CONFINEMENT));
        assertEquals("COERCE", event.type());
        assertEquals("imprison", event.mode());
        assertEquals(List.of(), event.sourceIds());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    @Test
    void aPersonKeptInARoomIsNoEvent() {
        // "Okafor was kept in a small room."
        assertEquals(
                List.of(),
                code(KEPT_IN_CONFINEMENT
                        .replace("solitary solitary JJ", "small small JJ")
                        .replace("confinement confinement", "room room")));
    }

    // Germany placed Okafor in detention.
    private static final String PLACED_IN_DETENTION = """
            1 Germany Germany NNP COUNTRY 2 nsubj
            2 placed place VBD O 0 root
            3 Okafor Okafor NNP PERSON 2 obj
            4 in in IN O 5 case
            5 detention detention NN O 2 obl
            6 . . . O 2 punct
            """;

    @Test
    void regressionAStatePlacingAPersonInDetentionDetainsHim() {
        Event event = only(code(PLACED_IN_DETENTION));
        assertEquals("COERCE", event.type());
        assertEquals("arrest", event.mode());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    // The rebels took the town.
    private static final String TOOK_TOWN = """
            1 The the DT O 2 det
            2 rebels rebel NNS O 3 nsubj
            3 took take VBD O 0 root
            4 the the DT O 5 det
            5 town town NN O 3 obj
            6 . . . O 3 punct
            """;

    @Test
    void regressionAnArmedForceTakingATownOccupiesIt() {
        Event event = only(code(TOOK_TOWN));
        assertEquals("ASSAULT", event.type());
        assertEquals("occupy", event.mode());
        assertEquals("verb:take town/nsubj", event.rule());
    }

    @Test
    void aCandidateTakingTheCityIsNoEvent() {
        // "Okafor took the city."
        assertEquals(List.of(), code("""
                        1 Okafor Okafor NNP PERSON 2 nsubj
                        2 took take VBD O 0 root
                        3 the the DT O 4 det
                        4 city city NN O 2 obj
                        5 . . . O 2 punct
                        """));
    }

    // Students took to the streets against Okafor.
    private static final String TOOK_TO_STREETS = """
            1 Students student NNS O 2 nsubj
            2 took take VBD O 0 root
            3 to to IN O 5 case
            4 the the DT O 5 det
            5 streets street NNS O 2 obl
            6 against against IN O 7 case
            7 Okafor Okafor NNP PERSON 2 obl
            8 . . . O 2 punct
            """;

    @Test
    void regressionTakingToTheStreetsAgainstAPersonProtests() {
        Event event = only(code(TOOK_TO_STREETS));
        assertEquals("PROTEST", event.type());
        assertEquals(List.of("person:okafor"), event.targetIds());
    }

    // Okafor defected from the Labour Party.
    private static final String DEFECTED = """
            1 Okafor Okafor NNP PERSON 2 nsubj
            2 defected defect VBD O 0 root
            3 from from IN O 6 case
            4 the the DT O 6 det
            5 Labour Labour NNP ORGANIZATION 6 compound
            6 Party Party NNP ORGANIZATION 2 obl
            7 . . . O 2 punct
            """;

    @Test
    void regressionDefectingFromAPartyRejectsIt() {
        Event event = only(code(DEFECTED));
        assertEquals("REJECT", event.type());
        assertEquals(List.of("person:okafor"), event.sourceIds());
    }

    @Test
    void defectingWithNoSideLeftIsNoEvent() {
        // "Okafor defected."
        assertEquals(List.of(), code("""
                        1 Okafor Okafor NNP PERSON 2 nsubj
                        2 defected defect VBD O 0 root
                        3 . . . O 2 punct
                        """));
    }

    // Germany dropped bombs on France.
    private static final String DROPPED_BOMBS = """
            1 Germany Germany NNP COUNTRY 2 nsubj
            2 dropped drop VBD O 0 root
            3 bombs bomb NNS O 2 obj
            4 on on IN O 5 case
            5 France France NNP COUNTRY 2 obl
            6 . . . O 2 punct
            """;

    @Test
    void regressionDroppingBombsOnAStateAttacksIt() {
        Event event = only(code(DROPPED_BOMBS));
        assertEquals("ASSAULT", event.type());
        assertEquals("bomb", event.mode());
        assertEquals(List.of("FRA"), event.targetIds());
    }

    @Test
    void droppingLeafletsIsNoEvent() {
        assertEquals(List.of(), code(DROPPED_BOMBS.replace("bombs bomb", "leaflets leaflet")));
    }
}
