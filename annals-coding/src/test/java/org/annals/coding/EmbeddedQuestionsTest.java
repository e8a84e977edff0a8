package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** A clause opened by "whether" asks about an act and codes no event; test sentences. */
class EmbeddedQuestionsTest {
    // Japan did not say whether Peru condemned Chile.
    private static final String SAY_WHETHER = """
            1 Japan Japan NNP LOCATION 4 nsubj
            2 did do VBD O 4 aux
            3 not not RB O 4 advmod
            4 say say VB O 0 root
            5 whether whether IN O 7 mark
            6 Peru Peru NNP LOCATION 7 nsubj
            7 condemned condemn VBD O 4 ccomp
            8 Chile Chile NNP LOCATION 7 obj
            9 . . . O 4 punct
            """;

    @Test
    void regressionAnActAskedAboutByWhetherCodesNoEvent() {
        assertTrue(code(SAY_WHETHER).isEmpty());
    }

    @Test
    void regressionAPurposeUnderAVerbAskedAboutCodesNoEvent() {
        // It is unclear whether Peru agreed to condemn Chile.
        assertTrue(code("""
                1 It it PRP O 3 expl
                2 is be VBZ O 3 cop
                3 unclear unclear JJ O 0 root
                4 whether whether IN O 6 mark
                5 Peru Peru NNP LOCATION 6 nsubj
                6 agreed agree VBD O 3 csubj
                7 to to TO O 8 mark
                8 condemn condemn VB O 6 xcomp
                9 Chile Chile NNP LOCATION 8 obj
                10 . . . O 3 punct
                """).isEmpty());
    }

    @Test
    void theSameClauseOpenedByThatStillCodesTheAct() {
        assertEquals(
                "ACCUSE",
                only(code(SAY_WHETHER.replace("5 whether whether IN", "5 that that IN")))
                        .type());
    }

    @Test
    void explainGivesTheQuestionAsTheReason() {
        Document parsed = ConllDocuments.parse("#id t\n#published 2025-09-02\n" + SAY_WHETHER);
        List<TriggerCandidate> candidates =
                new TriggerExplainer().explain(new EventStage().apply(new ActorStage().apply(parsed)));
        TriggerCandidate condemned = candidates.stream()
                .filter(c -> c.word().equals("condemned"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("condemned not among " + candidates));
        assertEquals(EmbeddedQuestions.REASON, condemned.reason());
    }
}
