package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** An appeal told without what is appealed answers the court act told before (AppealedRulings); test sentences. */
class AppealedRulingsTest {
    private static final String CONVICTED = """
            1 A a DT O 2 det
            2 court court NN O 5 nsubj
            3 in in IN O 4 case
            4 Uganda Uganda NNP LOCATION 2 nmod
            5 convicted convict VBD O 0 root
            6 Omar Omar NNP PERSON 7 compound
            7 Nasser Nasser NNP PERSON 5 obj
            8 . . . O 5 punct

            """;
    private static final String WILL_APPEAL = """
            1 Nasser Nasser NNP PERSON 3 nsubj
            2 will will MD O 3 aux
            3 appeal appeal VB O 0 root
            4 . . . O 3 punct
            """;

    private static List<Event> ofType(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void regressionABareAppealIsAimedAtTheCourtThatConvictedTheAppellant() {
        Event appeal = only(ofType(code(CONVICTED + WILL_APPEAL), "REJECT"));
        assertEquals("appeal", appeal.mode());
        assertEquals(List.of("person:omar-nasser"), appeal.sourceIds());
        assertEquals(List.of("org:UGA:judiciary"), appeal.targetIds());
        assertTrue(appeal.rule().endsWith("+appealed:earlier-court-act"), appeal.rule());
    }

    @Test
    void aBareAppealWithNoCourtActToldBeforeIsNoEvent() {
        assertEquals(List.of(), ofType(code(WILL_APPEAL), "REJECT"));
    }

    @Test
    void aRightToAppealIsNoAppeal() {
        List<Event> events = code(CONVICTED + """
                1 Nasser Nasser NNP PERSON 3 nsubj
                2 is be VBZ O 3 cop
                3 eligible eligible JJ O 0 root
                4 to to TO O 5 mark
                5 appeal appeal VB O 3 xcomp
                6 . . . O 3 punct
                """);
        assertEquals(List.of(), ofType(events, "REJECT"));
    }

    @Test
    void anAppealForSomethingIsAPleaNotAnAppealOfTheConviction() {
        List<Event> events = code(CONVICTED + """
                1 Nasser Nasser NNP PERSON 2 nsubj
                2 appealed appeal VBD O 0 root
                3 for for IN O 4 case
                4 calm calm NN O 2 obl
                5 . . . O 2 punct
                """);
        assertEquals(List.of(), ofType(events, "REJECT"));
    }

    @Test
    void regressionBothBeforeAPluralNounCountsTwo() {
        List<Event> events = code("""
                1 A a DT O 2 det
                2 court court NN O 5 nsubj
                3 in in IN O 4 case
                4 Uganda Uganda NNP LOCATION 2 nmod
                5 convicted convict VBD O 0 root
                6 officers officer NNS O 8 compound
                7 Li Li NNP PERSON 8 compound
                8 Wei Wei NNP PERSON 5 obj
                9 and and CC O 11 cc
                10 Omar Omar NNP PERSON 11 compound
                11 Said Said NNP PERSON 8 conj
                12 . . . O 5 punct

                1 Both both DT O 2 det
                2 officers officer NNS O 4 nsubj
                3 will will MD O 4 aux
                4 appeal appeal VB O 0 root
                5 . . . O 4 punct
                """);
        Event appeal = only(ofType(events, "REJECT"));
        assertEquals(List.of("person:li-wei", "person:omar-said"), appeal.sourceIds());
        assertEquals(List.of("org:UGA:judiciary"), appeal.targetIds());
    }
}
