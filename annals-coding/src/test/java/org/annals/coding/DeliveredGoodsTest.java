package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Goods handed to a named recipient are aid (DeliveredGoods); sentences written for the test. */
class DeliveredGoodsTest {
    // Chile delivered doses of vaccine to Peru.
    private static final String DELIVERED_DOSES = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 delivered deliver VBD O 0 root
            3 doses dose NNS O 2 obj
            4 of of IN O 5 case
            5 vaccine vaccine NN O 3 nmod
            6 to to TO O 7 case
            7 Peru Peru NNP LOCATION 2 obl
            8 . . . O 2 punct
            """;

    @Test
    void regressionVaccineDosesDeliveredToACountryAreHumanitarianAid() {
        Event event = only(code(DELIVERED_DOSES));
        assertEquals("AID", event.type());
        assertEquals("humanitarian", event.mode());
        assertEquals(List.of("CHL"), event.sourceIds());
        assertEquals(List.of("PER"), event.targetIds());
    }

    @Test
    void aSpeechDeliveredToACountryIsNoAid() {
        String speech = DELIVERED_DOSES
                .replace("3 doses dose NNS O 2 obj", "3 speech speech NN O 2 obj")
                .replace("5 vaccine vaccine NN O 3 nmod", "5 peace peace NN O 3 nmod");
        assertTrue(code(speech).stream().noneMatch(e -> e.type().equals("AID")));
    }

    @Test
    void troopsSentAreLeftToTheirNounRow() {
        String troops = DELIVERED_DOSES
                .replace("2 delivered deliver VBD O 0 root", "2 sent send VBD O 0 root")
                .replace("3 doses dose NNS O 2 obj", "3 troops troops NNS O 2 obj")
                .replace("5 vaccine vaccine NN O 3 nmod", "5 army army NN O 3 nmod");
        assertTrue(code(troops).stream().noneMatch(e -> e.rule().contains("goods")));
    }

    // Chile provided food.
    private static final String PROVIDED_FOOD = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 provided provide VBD O 0 root
            3 food food NN O 2 obj
            4 . . . O 2 punct
            """;

    @Test
    void goodsWithoutARecipientCodeNothing() {
        assertTrue(code(PROVIDED_FOOD).isEmpty());
    }

    // Chile provided Peru with ammunition.
    private static final String PROVIDED_WITH = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 provided provide VBD O 0 root
            3 Peru Peru NNP LOCATION 2 obj
            4 with with IN O 5 case
            5 ammunition ammunition NN O 2 obl
            6 . . . O 2 punct
            """;

    @Test
    void theObjectProvidedWithGoodsReceivesMilitaryAid() {
        Event event = only(code(PROVIDED_WITH));
        assertEquals("AID", event.type());
        assertEquals("military", event.mode());
        assertEquals(List.of("PER"), event.targetIds());
    }

    // Chile gave Peru weapons.
    private static final String GAVE_WEAPONS = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 gave give VBD O 0 root
            3 Peru Peru NNP LOCATION 2 iobj
            4 weapons weapon NNS O 2 obj
            5 . . . O 2 punct
            """;

    @Test
    void weaponsGivenToTheIndirectObjectAreMilitaryAid() {
        Event event = only(code(GAVE_WEAPONS));
        assertEquals("AID", event.type());
        assertEquals(List.of("PER"), event.targetIds());
    }

    @Test
    void theObjectProvidedWithSomethingElseReceivesNoAid() {
        String advice = PROVIDED_WITH.replace("5 ammunition ammunition NN O 2 obl", "5 advice advice NN O 2 obl");
        assertTrue(code(advice).stream().noneMatch(e -> e.type().equals("AID")));
    }

    // Chile provided air support for Peru.
    private static final String PROVIDED_AIR_SUPPORT = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 provided provide VBD O 0 root
            3 air air NN O 4 compound
            4 support support NN O 2 obj
            5 for for IN O 6 case
            6 Peru Peru NNP LOCATION 2 obl
            7 . . . O 2 punct
            """;

    @Test
    void airSupportProvidedForACountryIsMilitaryAid() {
        Event event = only(code(PROVIDED_AIR_SUPPORT));
        assertEquals("AID", event.type());
        assertEquals("military", event.mode());
        assertEquals(List.of("PER"), event.targetIds());
    }

    // Chile provided Peru with military support.
    private static final String PROVIDED_MILITARY_SUPPORT = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 provided provide VBD O 0 root
            3 Peru Peru NNP LOCATION 2 obj
            4 with with IN O 6 case
            5 military military JJ O 6 amod
            6 support support NN O 2 obl
            7 . . . O 2 punct
            """;

    @Test
    void regressionAGovernmentProvidedWithMilitarySupportReceivesMilitaryAid() {
        Event event = only(code(PROVIDED_MILITARY_SUPPORT));
        assertEquals("AID", event.type());
        assertEquals("military", event.mode());
        assertEquals(List.of("PER"), event.targetIds());
    }

    @Test
    void politicalSupportIsNoGoods() {
        String political = PROVIDED_MILITARY_SUPPORT.replace(
                "5 military military JJ O 6 amod", "5 political political JJ O 6 amod");
        assertTrue(code(political).stream().noneMatch(e -> e.type().equals("AID")));
    }
}
