package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** A direct question asks about a happening and codes no event; test sentences. */
class DirectQuestionsTest {
    // What are your views on the conflict between Armenia and Azerbaijan? (the last row's mark is set by the test)
    private static final String VIEWS_ON_THE_CONFLICT = """
            1 What what WP O 0 root
            2 are be VBP O 1 cop
            3 your your PRP$ O 4 nmod:poss
            4 views view NNS O 1 nsubj
            5 on on IN O 7 case
            6 the the DT O 7 det
            7 conflict conflict NN O 4 nmod
            8 between between IN O 9 case
            9 Armenia Armenia NNP LOCATION 7 nmod
            10 and and CC O 11 cc
            11 Azerbaijan Azerbaijan NNP LOCATION 9 conj
            """;

    @Test
    void regressionAnInterviewQuestionOnAConflictCodesNoAssault() {
        assertTrue(code(VIEWS_ON_THE_CONFLICT + "12 ? ? . O 1 punct\n").isEmpty());
    }

    @Test
    void theSameWordsAsAStatementStillCodeTheConflict() {
        assertEquals(
                "ASSAULT",
                only(code(VIEWS_ON_THE_CONFLICT + "12 . . . O 1 punct\n")).type());
    }

    @Test
    void aQuestionEndingInsideQuotationMarksCodesNothing() {
        // "Did Japan condemn Peru?"
        assertTrue(code("""
                1 `` `` `` O 4 punct
                2 Did do VBD O 4 aux
                3 Japan Japan NNP LOCATION 4 nsubj
                4 condemn condemn VB O 0 root
                5 Peru Peru NNP LOCATION 4 obj
                6 ? ? . O 4 punct
                7 '' '' '' O 4 punct
                """).isEmpty());
    }

    @Test
    void aStatementThatQuotesAQuestionStaysAnEvent() {
        // Japan condemned Peru, asking "why?" at the talks.
        assertEquals("ACCUSE", only(code("""
                1 Japan Japan NNP LOCATION 2 nsubj
                2 condemned condemn VBD O 0 root
                3 Peru Peru NNP LOCATION 2 obj
                4 , , , O 5 punct
                5 asking ask VBG O 2 advcl
                6 `` `` `` O 7 punct
                7 why why WRB O 5 obj
                8 ? ? . O 7 punct
                9 '' '' '' O 7 punct
                10 at at IN O 12 case
                11 the the DT O 12 det
                12 talks talk NNS O 5 obl
                13 . . . O 2 punct
                """)).type());
    }

    @Test
    void explainGivesTheQuestionAsTheReason() {
        Document parsed =
                ConllDocuments.parse("#id t\n#published 2025-09-02\n" + VIEWS_ON_THE_CONFLICT + "12 ? ? . O 1 punct\n");
        List<TriggerCandidate> candidates =
                new TriggerExplainer().explain(new EventStage().apply(new ActorStage().apply(parsed)));
        TriggerCandidate conflict = candidates.stream()
                .filter(c -> c.word().equals("conflict"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("conflict not among " + candidates));
        assertEquals(DirectQuestions.REASON, conflict.reason());
    }
}
