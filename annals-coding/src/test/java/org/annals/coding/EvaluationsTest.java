package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Evaluations said of actors and acts, refusals to act, warnings and solidarity; every sentence here is written for
 * the test.
 */
class EvaluationsTest {
    private static List<Event> ofType(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    // "Okafor said the governor's plan was EVALUATION."
    private static final String SAID_THE_PLAN_WAS = """
            1 Okafor Okafor NNP PERSON 2 nsubj
            2 said say VBD O 0 root
            3 Lindqvist Lindqvist NNP PERSON 5 nmod:poss
            4 's 's POS O 3 case
            5 plan plan NN O 8 nsubj
            6 was be VBD O 8 cop
            7 NEGATION NEGATION RB O 8 advmod
            8 EVALUATION EVALUATION JJ O 2 ccomp
            9 . . . O 2 punct
            """;

    private static String saidThePlanWas(String evaluation, boolean negated) {
        String rows = SAID_THE_PLAN_WAS.replace("EVALUATION EVALUATION", evaluation + " " + evaluation);
        return negated
                ? rows.replace("NEGATION NEGATION", "not not")
                : rows.replace("7 NEGATION NEGATION RB O 8 advmod\n", "7 , , , O 8 punct\n");
    }

    @Test
    void aNegativeWordAReportedClauseSaysOfAnActAccusesItsOwner() {
        Event e = only(code(saidThePlanWas("dangerous", false)));
        assertEquals("ACCUSE", e.type());
        assertEquals("criticize", e.mode());
        assertEquals(List.of("person:okafor"), e.sourceIds());
        assertEquals(List.of("person:lindqvist"), e.targetIds());
        assertTrue(e.rule().startsWith("stance:dangerous/said-about-subject"), e.rule());
    }

    @Test
    void aPositiveWordSupportsAndEndsTheRuleWithItsPolarity() {
        Event e = only(code(saidThePlanWas("sensible", false)));
        assertEquals("SUPPORT", e.type());
        assertEquals("praise", e.mode());
        assertEquals(List.of("person:lindqvist"), e.targetIds());
        assertTrue(e.rule().endsWith("+evaluation:positive"), e.rule());
    }

    @Test
    void negatedPraiseCriticisesAndNegatedCriticismSaysNothing() {
        Event e = only(code(saidThePlanWas("sensible", true)));
        assertEquals("ACCUSE", e.type());
        assertTrue(e.rule().endsWith("+evaluation:negated-positive"), e.rule());
        assertEquals(List.of(), code(saidThePlanWas("dangerous", true)), "'not dangerous' accuses nobody");
    }

    @Test
    void aNeutralWordCodesNothing() {
        assertEquals(List.of(), code(saidThePlanWas("expensive", false)));
    }

    @Test
    void everyConjoinedNameAfterAVerbOfNamingJudges() {
        List<Event> events = code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 called call VBD O 0 root
                3 Lindqvist Lindqvist NNP PERSON 5 nsubj
                4 a a DT O 5 det
                5 hero hero NN O 2 xcomp
                6 and and CC O 8 cc
                7 a a DT O 8 det
                8 bigot bigot NN O 5 conj
                9 . . . O 2 punct
                """);
        assertEquals(1, ofType(events, "SUPPORT").size(), events.toString());
        Event bigot = only(ofType(events, "ACCUSE"));
        assertEquals(List.of("person:okafor"), bigot.sourceIds());
        assertEquals(List.of("person:lindqvist"), bigot.targetIds());
        assertTrue(bigot.rule().startsWith("stance:bigot/called-"), bigot.rule());
    }

    // "Okafor described the ACT as a cowardly act."
    private static final String DESCRIBED_AS_COWARDLY = """
            1 Okafor Okafor NNP PERSON 2 nsubj
            2 described describe VBD O 0 root
            3 the the DT O 4 det
            4 ACT ACT NNS O 2 obj
            5 as as IN O 8 case
            6 a a DT O 8 det
            7 shameless shameless JJ O 8 amod
            8 act act NN O 2 obl
            9 . . . O 2 punct
            """;

    @Test
    void anAttackWhoseMakerIsUnknownIsJudgedWithoutTarget() {
        Event e = only(code(DESCRIBED_AS_COWARDLY
                .replace("ACT ACT", "bombings bombing")
                .replace("shameless shameless", "barbaric barbaric")));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:okafor"), e.sourceIds());
        assertEquals(List.of(), e.targetIds());
        assertTrue(e.rule().contains("+unclaimed-act"), e.rule());
    }

    @Test
    void aDecisionWhoseAuthorIsUnknownIsNoEvent() {
        assertEquals(
                List.of(),
                code(DESCRIBED_AS_COWARDLY
                        .replace("ACT ACT", "decisions decision")
                        .replace("shameless shameless", "barbaric barbaric")));
    }

    @Test
    void aCourtThatFindsAnActUnlawfulRulesAgainstItsAuthor() {
        Event e = only(code("""
                1 The the DT O 3 det
                2 Kenyan Kenyan JJ MISC 3 amod
                3 court court NN O 4 nsubj
                4 found find VBD O 0 root
                5 Lindqvist Lindqvist NNP PERSON 7 nmod:poss
                6 's 's POS O 5 case
                7 order order NN O 4 obj
                8 to to TO O 10 mark
                9 be be VB O 10 cop
                10 unconstitutional unconstitutional JJ O 4 xcomp
                11 . . . O 4 punct
                """));
        assertEquals("REJECT", e.type());
        assertEquals("ruling", e.mode());
        assertEquals(List.of("person:lindqvist"), e.targetIds());
        assertTrue(e.rule().endsWith("+ruling"), e.rule());
    }

    // "The ministry refused to VERB ... Lindqvist."
    @Test
    void aRefusalToActOnSomeoneRejectsThem() {
        Event e = only(ofType(code("""
                        1 Okafor Okafor NNP PERSON 2 nsubj
                        2 refused refuse VBD O 0 root
                        3 to to TO O 4 mark
                        4 pardon pardon VB O 2 xcomp
                        5 Lindqvist Lindqvist NNP PERSON 4 obj
                        6 . . . O 2 punct
                        """), "REJECT"));
        assertEquals(List.of("person:okafor"), e.sourceIds());
        assertEquals(List.of("person:lindqvist"), e.targetIds());
        assertEquals("verb:refuse/nsubj+refusal:aimed", e.rule());
    }

    @Test
    void aRefusalOfWhatWasAskedForRejectsWhoAskedAndARefusalToSpeakRejectsNobody() {
        List<Event> events = code("""
                1 Lindqvist Lindqvist NNP PERSON 2 nsubj
                2 asked ask VBD O 0 root
                3 Okafor Okafor NNP PERSON 2 obj
                4 for for IN O 5 case
                5 receipts receipt NNS O 2 obl
                6 . . . O 2 punct

                1 Okafor Okafor NNP PERSON 2 nsubj
                2 declined decline VBD O 0 root
                3 to to TO O 4 mark
                4 release release VB O 2 xcomp
                5 the the DT O 6 det
                6 receipts receipt NNS O 4 obj
                7 and and CC O 8 cc
                8 refused refuse VBD O 2 conj
                9 to to TO O 10 mark
                10 comment comment VB O 8 xcomp
                11 . . . O 2 punct
                """);
        Event refusal = only(ofType(events, "REJECT"));
        assertEquals(List.of("person:okafor"), refusal.sourceIds());
        assertEquals(List.of("person:lindqvist"), refusal.targetIds());
        assertEquals("verb:decline/nsubj+refusal:asked", refusal.rule());
    }

    @Test
    void solidarityExpressedSupportsAndAVowToRetaliateThreatens() {
        List<Event> events = code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 expressed express VBD O 0 root
                3 solidarity solidarity NN O 2 obj
                4 with with IN O 5 case
                5 Lindqvist Lindqvist NNP PERSON 3 nmod
                6 . . . O 2 punct

                1 Lindqvist Lindqvist NNP PERSON 2 nsubj
                2 vowed vow VBD O 0 root
                3 to to TO O 4 mark
                4 retaliate retaliate VB O 2 xcomp
                5 . . . O 2 punct
                """);
        Event solidarity = only(ofType(events, "SUPPORT"));
        assertEquals(List.of("person:lindqvist"), solidarity.targetIds());
        Event vow = only(ofType(events, "THREATEN"));
        assertEquals(List.of("person:lindqvist"), vow.sourceIds());
        assertEquals("verb:vow retaliate/nsubj", vow.rule());
    }

    @Test
    void aPassiveVerbOfNamingJudgesItsSubjectForItsAgentOnly() {
        String passive = """
                1 Okafor Okafor NNP PERSON 3 nsubj:pass
                2 was be VBD O 3 aux:pass
                3 described describe VBN O 0 root
                4 by by IN O 5 case
                5 Lindqvist Lindqvist NNP PERSON 3 obl
                6 as as IN O 7 case
                7 incompetent incompetent JJ O 3 advcl
                8 . . . O 3 punct
                """;
        Event e = only(code(passive));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:lindqvist"), e.sourceIds());
        assertEquals(List.of("person:okafor"), e.targetIds());
        assertTrue(e.rule().contains("called-about-passive-subject"), e.rule());
        String withoutAgent = """
                1 Okafor Okafor NNP PERSON 3 nsubj:pass
                2 was be VBD O 3 aux:pass
                3 described describe VBN O 0 root
                4 as as IN O 5 case
                5 incompetent incompetent JJ O 3 advcl
                6 . . . O 3 punct
                """;
        assertEquals(List.of(), code(withoutAgent), "others' judgement reported without its holder");
    }
}
