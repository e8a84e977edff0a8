package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * An undated act in the simple past that goes on from a sentence told in the pluperfect tells the same earlier time,
 * so it is left undated rather than given the publication day (2025-09-02); a time named, a change of tense, a new
 * paragraph, or a pluperfect inside a report ends the flashback or opens none.
 */
class FlashbacksTest {
    private static final String PUBLISHED = "2025-09-02";

    private static final String HAD_HELD_A_POST = """
            1 He he PRP O 3 nsubj
            2 had have VBD O 3 aux
            3 held hold VBN O 0 root
            4 a a DT O 5 det
            5 post post NN O 3 obj
            6 . . . O 3 punct

            """;

    private static final String WAS_ANGRY = """
            1 He he PRP O 3 nsubj
            2 was be VBD O 3 cop
            3 angry angry JJ O 0 root
            4 . . . O 3 punct

            """;

    private static final String CHINA_CRITICIZED_BRITAIN = """
            1 China China NNP LOCATION 2 nsubj
            2 criticized criticize VBD O 0 root
            3 Britain Britain NNP LOCATION 2 obj
            4 . . . O 2 punct
            """;

    @Test
    void regressionASimplePastActRightAfterAPluperfectSentenceIsNotDatedAtPublication() {
        Event e = criticism(code(HAD_HELD_A_POST + CHINA_CRITICIZED_BRITAIN));
        assertEquals("", e.date(), "the pluperfect set the telling before the news, and nothing brought it back");
    }

    @Test
    void regressionAFlashbackToldOnThroughAnotherSentenceInTheSimplePastIsNotDatedAtPublication() {
        Event e = criticism(code(HAD_HELD_A_POST + WAS_ANGRY + CHINA_CRITICIZED_BRITAIN));
        assertEquals("", e.date());
    }

    @Test
    void aFlashbackIsNotFollowedIntoTheNextParagraph() {
        Event e = criticism(code(HAD_HELD_A_POST + WAS_ANGRY + "#block BODY\n" + CHINA_CRITICIZED_BRITAIN));
        assertEquals(PUBLISHED, e.date(), "a new paragraph may come back to the news without naming a time");
    }

    @Test
    void regressionATextSetOneSentenceToALineHasNoParagraphsToEndAFlashback() {
        Event e = criticism(code(HAD_HELD_A_POST + "#block BODY\n" + CHINA_CRITICIZED_BRITAIN));
        assertEquals("", e.date());
    }

    @Test
    void aSentenceInThePresentEndsTheFlashback() {
        Event e = criticism(code(HAD_HELD_A_POST + """
                1 He he PRP O 3 nsubj
                2 is be VBZ O 3 cop
                3 angry angry JJ O 0 root
                4 . . . O 3 punct

                """ + CHINA_CRITICIZED_BRITAIN));
        assertEquals(PUBLISHED, e.date());
    }

    @Test
    void aPluperfectInsideAReportOpensNoFlashback() {
        Event e = criticism(code("""
                1 Police police NNS O 2 nsubj
                2 said say VBD O 0 root
                3 he he PRP O 5 nsubj
                4 had have VBD O 5 aux
                5 held hold VBN O 2 ccomp
                6 a a DT O 7 det
                7 post post NN O 5 obj
                8 . . . O 2 punct

                """ + CHINA_CRITICIZED_BRITAIN));
        assertEquals(PUBLISHED, e.date());
    }

    private static Event criticism(List<Event> events) {
        return only(events.stream().filter(e -> e.mode().equals("criticize")).toList());
    }
}
