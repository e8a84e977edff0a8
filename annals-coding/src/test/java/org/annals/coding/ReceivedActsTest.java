package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.annals.core.Modality;
import org.junit.jupiter.api.Test;

/**
 * Acts whose patient the parse does not hang on the act: an event noun received ("received threats", "came under
 * criticism from", "was given a fine", "is serving a prison sentence"), a clemency granted in the passive, and a
 * passive in a clause of time ("died after being detained"). Sentences written for the test.
 */
class ReceivedActsTest {
    private static final String SMITH_RECEIVED_THREATS_FROM_JONES = """
            1 Anna Anna NNP PERSON 2 compound
            2 Smith Smith NNP PERSON 3 nsubj
            3 received receive VBD O 0 root
            4 threats threat NNS O 3 obj
            5 from from IN O 7 case
            6 Paul Paul NNP PERSON 7 compound
            7 Jones Jones NNP PERSON 4 nmod
            8 . . . O 3 punct
            """;
    private static final String SMITH_RECEIVED_CHARGES = """
            1 Anna Anna NNP PERSON 2 compound
            2 Smith Smith NNP PERSON 3 nsubj
            3 received receive VBD O 0 root
            4 charges charge NNS O 3 obj
            5 . . . O 3 punct
            """;
    private static final String TUNISIA_IS_FACING_ATTACKS = """
            1 Tunisia Tunisia NNP LOCATION 3 nsubj
            2 is be VBZ O 3 aux
            3 facing face VBG O 0 root
            4 attacks attack NNS O 3 obj
            5 . . . O 3 punct
            """;
    private static final String SMITH_CAME_UNDER_CRITICISM_FROM_JONES = """
            1 Anna Anna NNP PERSON 2 compound
            2 Smith Smith NNP PERSON 3 nsubj
            3 came come VBD O 0 root
            4 under under IN O 5 case
            5 criticism criticism NN O 3 obl
            6 from from IN O 8 case
            7 Paul Paul NNP PERSON 8 compound
            8 Jones Jones NNP PERSON 3 obl
            9 . . . O 3 punct
            """;
    private static final String THE_BILL_RECEIVED_CRITICISM = """
            1 The the DT O 2 det
            2 bill bill NN O 3 nsubj
            3 received receive VBD O 0 root
            4 criticism criticism NN O 3 obj
            5 . . . O 3 punct
            """;
    private static final String SMITH_MADE_THREATS_AGAINST_JONES = """
            1 Anna Anna NNP PERSON 2 compound
            2 Smith Smith NNP PERSON 3 nsubj
            3 made make VBD O 0 root
            4 threats threat NNS O 3 obj
            5 against against IN O 7 case
            6 Paul Paul NNP PERSON 7 compound
            7 Jones Jones NNP PERSON 4 nmod
            8 . . . O 3 punct
            """;
    private static final String SMITH_WAS_GRANTED_CLEMENCY = """
            1 Anna Anna NNP PERSON 2 compound
            2 Smith Smith NNP PERSON 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 granted grant VBN O 0 root
            5 clemency clemency NN O 4 obj
            6 . . . O 4 punct
            """;
    private static final String SMITH_DIED_AFTER_BEING_DETAINED = """
            1 Anna Anna NNP PERSON 2 compound
            2 Smith Smith NNP PERSON 3 nsubj
            3 died die VBD O 0 root
            4 after after IN O 6 mark
            5 being be VBG O 6 aux:pass
            6 detained detain VBN O 3 advcl
            7 . . . O 3 punct
            """;

    private static final String SMITH_WAS_GIVEN_A_FINE = """
            1 Anna Anna NNP PERSON 2 compound
            2 Smith Smith NNP PERSON 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 given give VBN O 0 root
            5 a a DT O 6 det
            6 fine fine NN O 4 obj
            7 . . . O 4 punct
            """;
    private static final String SMITH_GAVE_JONES_A_FINE = """
            1 Anna Anna NNP PERSON 2 compound
            2 Smith Smith NNP PERSON 3 nsubj
            3 gave give VBD O 0 root
            4 Paul Paul NNP PERSON 5 compound
            5 Jones Jones NNP PERSON 3 iobj
            6 a a DT O 7 det
            7 fine fine NN O 3 obj
            8 . . . O 3 punct
            """;
    private static final String SMITH_IS_SERVING_A_PRISON_SENTENCE = """
            1 Anna Anna NNP PERSON 2 compound
            2 Smith Smith NNP PERSON 4 nsubj
            3 is be VBZ O 4 aux
            4 serving serve VBG O 0 root
            5 a a DT O 7 det
            6 prison prison NN O 7 compound
            7 sentence sentence NN O 4 obj
            8 . . . O 4 punct
            """;
    private static final String SMITH_SERVED_THE_CHARGES = """
            1 Anna Anna NNP PERSON 2 compound
            2 Smith Smith NNP PERSON 3 nsubj
            3 served serve VBD O 0 root
            4 the the DT O 5 det
            5 charges charge NNS O 3 obj
            6 . . . O 3 punct
            """;

    private static List<Event> ofType(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void regressionThreatsReceivedTargetTheRecipientAndComeFromTheActorAfterFrom() {
        Event threat = only(ofType(code(SMITH_RECEIVED_THREATS_FROM_JONES), "THREATEN"));
        assertEquals(List.of("person:paul-jones"), threat.sourceIds());
        assertEquals(List.of("person:anna-smith"), threat.targetIds());
        assertTrue(threat.rule().startsWith("noun:threat" + ReceivedActs.ROUTE + "receive"), threat.rule());
    }

    @Test
    void regressionChargesReceivedWithoutAGiverHaveNoSource() {
        Event charge = only(ofType(code(SMITH_RECEIVED_CHARGES), "ACCUSE"));
        assertEquals(List.of(), charge.sourceIds());
        assertEquals(List.of("person:anna-smith"), charge.targetIds());
        assertTrue(charge.rule().endsWith("/agentless"), charge.rule());
    }

    @Test
    void regressionCriticismComeUnderIsTheCriticsAct() {
        Event criticism = only(ofType(code(SMITH_CAME_UNDER_CRITICISM_FROM_JONES), "ACCUSE"));
        assertEquals(List.of("person:paul-jones"), criticism.sourceIds());
        assertEquals(List.of("person:anna-smith"), criticism.targetIds());
    }

    @Test
    void aRecipientThatIsNoActorCodesNothing() {
        assertTrue(code(THE_BILL_RECEIVED_CRITICISM).isEmpty());
    }

    @Test
    void attacksFacedAreASituationNotAnAct() {
        assertTrue(ofType(code(TUNISIA_IS_FACING_ATTACKS), "ASSAULT").isEmpty());
    }

    @Test
    void threatsMadeStillHaveTheirMakerAsSource() {
        Event threat = only(ofType(code(SMITH_MADE_THREATS_AGAINST_JONES), "THREATEN"));
        assertEquals(List.of("person:anna-smith"), threat.sourceIds());
        assertEquals(List.of("person:paul-jones"), threat.targetIds());
    }

    @Test
    void regressionClemencyGrantedInThePassiveTargetsItsSubjectWithoutSource() {
        Event clemency = only(ofType(code(SMITH_WAS_GRANTED_CLEMENCY), "CONCEDE"));
        assertEquals(List.of(), clemency.sourceIds());
        assertEquals(List.of("person:anna-smith"), clemency.targetIds());
    }

    @Test
    void regressionAPassiveInAClauseOfTimeUndergoesWhatTheMainSubjectNames() {
        Event detention = only(ofType(code(SMITH_DIED_AFTER_BEING_DETAINED), "COERCE"));
        assertEquals(List.of(), detention.sourceIds());
        assertEquals(List.of("person:anna-smith"), detention.targetIds());
    }

    @Test
    void aPassiveDeniedByWithoutIsNoEvent() {
        String withoutBeingDetained =
                SMITH_DIED_AFTER_BEING_DETAINED.replace("4 after after IN", "4 without without IN");
        assertTrue(ofType(code(withoutBeingDetained), "COERCE").isEmpty());
    }

    @Test
    void regressionAFineGivenInThePassiveTargetsItsRecipientWithoutSource() {
        Event fine = only(ofType(code(SMITH_WAS_GIVEN_A_FINE), "SANCTION"));
        assertEquals(List.of(), fine.sourceIds());
        assertEquals(List.of("person:anna-smith"), fine.targetIds());
        assertTrue(fine.rule().startsWith("noun:fine" + ReceivedActs.ROUTE + "give"), fine.rule());
    }

    @Test
    void aFineGivenInTheActiveIsNotReceivedByTheGiver() {
        assertTrue(ofType(code(SMITH_GAVE_JONES_A_FINE), "SANCTION").stream()
                .noneMatch(e -> e.targetIds().contains("person:anna-smith")));
    }

    @Test
    void regressionAPrisonSentenceServedTargetsTheOneServingIt() {
        Event sentence = only(ofType(code(SMITH_IS_SERVING_A_PRISON_SENTENCE), "COERCE"));
        assertEquals(List.of(), sentence.sourceIds());
        assertEquals(List.of("person:anna-smith"), sentence.targetIds());
    }

    @Test
    void servingIsNoReceivingOfOtherActs() {
        assertTrue(ofType(code(SMITH_SERVED_THE_CHARGES), "ACCUSE").stream()
                .noneMatch(e -> e.targetIds().contains("person:anna-smith")));
    }

    @Test
    void regressionASentenceBeingServedWasHandedDownBeforeTheReportAndIsNotDatedAtPublication() {
        Event sentence = only(ofType(code(SMITH_IS_SERVING_A_PRISON_SENTENCE), "COERCE"));
        assertEquals("", sentence.date(), sentence.toString());
        assertEquals(Modality.HISTORICAL, sentence.modality());
    }

    @Test
    void aFineGivenIsDatedAsTheSentenceTellsIt() {
        Event fine = only(ofType(code(SMITH_WAS_GIVEN_A_FINE), "SANCTION"));
        assertEquals(Modality.ASSERTED, fine.modality());
        assertFalse(fine.date().isEmpty(), fine.toString());
    }
}
