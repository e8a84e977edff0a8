package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Ground taken from an armed force named in the clause is an assault (verbs.tsv); sentences written for the test. */
class GroundTakenTest {
    // The army liberated Mosul from ISIL.
    private static final String LIBERATED_FROM = """
            1 The the DT O 2 det
            2 army army NN O 3 nsubj
            3 liberated liberate VBD O 0 root
            4 Mosul Mosul NNP LOCATION 3 obj
            5 from from IN O 6 case
            6 ISIL ISIL NNP ORGANIZATION 3 obl
            7 . . . O 3 punct
            """;

    @Test
    void groundLiberatedFromAnArmedGroupIsAnAssaultOnIt() {
        Event event = only(code(LIBERATED_FROM));
        assertEquals("ASSAULT", event.type());
        assertEquals("occupy", event.mode());
        assertEquals(List.of("org:isil"), event.targetIds());
    }

    @Test
    void groundRegainedFromAnArmedGroupIsAnAssaultOnIt() {
        String regained = LIBERATED_FROM.replace("3 liberated liberate VBD", "3 regained regain VBD");
        assertEquals("ASSAULT", only(code(regained)).type());
    }

    @Test
    void groundLiberatedByAPersonOfNoArmedForceIsNoAssault() {
        // Regression: "the two leaders discussed the campaign to liberate Mosul from ISIL" gave the leaders the act.
        String leaders = LIBERATED_FROM
                .replace("1 The the DT O 2 det", "1 Ana Ana NNP PERSON 2 compound")
                .replace("2 army army NN O 3 nsubj", "2 Ruiz Ruiz NNP PERSON 3 nsubj");
        assertEquals(List.of(), code(leaders));
    }

    @Test
    void groundTakenWithoutTheForceItWasTakenFromCodesNothing() {
        // The army liberated Mosul.
        String bare = """
                1 The the DT O 2 det
                2 army army NN O 3 nsubj
                3 liberated liberate VBD O 0 root
                4 Mosul Mosul NNP LOCATION 3 obj
                5 . . . O 3 punct
                """;
        assertEquals(List.of(), code(bare));
    }

    // The army cleared the village of the Taliban.
    private static final String CLEARED_OF = """
            1 The the DT O 2 det
            2 army army NN O 3 nsubj
            3 cleared clear VBD O 0 root
            4 the the DT O 5 det
            5 village village NN O 3 obj
            6 of of IN O 8 case
            7 the the DT O 8 det
            8 Taliban Taliban NNP ORGANIZATION 3 obl
            9 . . . O 3 punct
            """;

    @Test
    void groundClearedOfAnArmedGroupIsAnAssaultOnIt() {
        Event event = only(code(CLEARED_OF));
        assertEquals("ASSAULT", event.type());
        assertEquals(List.of("org:taliban"), event.targetIds());
    }

    @Test
    void clearingTheDebrisCodesNothing() {
        // Workers cleared the debris of the building.
        String debris = """
                1 Workers worker NNS O 2 nsubj
                2 cleared clear VBD O 0 root
                3 the the DT O 4 det
                4 debris debris NN O 2 obj
                5 of of IN O 7 case
                6 the the DT O 7 det
                7 building building NN O 2 obl
                8 . . . O 2 punct
                """;
        assertEquals(List.of(), code(debris));
    }

    @Test
    void clearingAPersonOfChargesCodesNothing() {
        // The court cleared Ana Ruiz of the charges.
        String charges = """
                1 The the DT O 2 det
                2 court court NN O 3 nsubj
                3 cleared clear VBD O 0 root
                4 Ana Ana NNP PERSON 5 compound
                5 Ruiz Ruiz NNP PERSON 3 obj
                6 of of IN O 8 case
                7 the the DT O 8 det
                8 charges charge NNS O 3 obl
                9 . . . O 3 punct
                """;
        assertEquals(List.of(), code(charges));
    }
}
