package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * An undated act in the simple past right after a sentence of its paragraph that sets a month or a week over before
 * publication (2025-09-02) goes on telling that period, so it is not given the publication day; a period not yet over,
 * a new paragraph or a present tense keep it.
 */
class EarlierPeriodsTest {
    private static final String PUBLISHED = "2025-09-02";

    private static final String CHINA_CRITICIZED_BRITAIN = """
            1 China China NNP LOCATION 2 nsubj
            2 criticized criticize VBD O 0 root
            3 Britain Britain NNP LOCATION 2 obj
            4 . . . O 2 punct
            """;

    // "He spoke with reporters in June."
    private static String spokeIn(String month, String time) {
        String rows = """
                1 He he PRP O 2 nsubj
                2 spoke speak VBD O 0 root
                3 with with IN O 4 case
                4 reporters reporter NNS O 2 obl
                5 in in IN O 6 case
                6 %s %s NNP DATE 2 obl
                7 . . . O 2 punct
                %s

                """;
        return String.format(Locale.ROOT, rows, month, month, time);
    }

    // "News of the arrest last week spread."
    private static final String NEWS_LAST_WEEK = """
            1 News news NN O 7 nsubj
            2 of of IN O 4 case
            3 the the DT O 4 det
            4 arrest arrest NN O 1 nmod
            5 last last JJ DATE 6 amod
            6 week week NN DATE 4 nmod:tmod
            7 spread spread VBD O 0 root
            8 . . . O 7 punct
            #time 5-6 2025-W34 WEEK PAST

            """;

    @Test
    void regressionASimplePastActRightAfterAnEarlierMonthIsNotDatedAtPublication() {
        Event e = criticism(code(spokeIn("June", "#time 6-6 2025-06 MONTH PAST") + CHINA_CRITICIZED_BRITAIN));
        assertEquals("", e.date(), "told on from June, a month over before the report");
    }

    @Test
    void regressionASimplePastActRightAfterAnEarlierWeekIsNotDatedAtPublication() {
        Event e = criticism(code(NEWS_LAST_WEEK + CHINA_CRITICIZED_BRITAIN));
        assertEquals("", e.date());
    }

    @Test
    void aMonthNotYetOverKeepsThePublicationDay() {
        Event e = criticism(code(spokeIn("September", "#time 6-6 2025-09 MONTH PRESENT") + CHINA_CRITICIZED_BRITAIN));
        assertEquals(PUBLISHED, e.date());
    }

    @Test
    void anEarlierMonthInTheParagraphBeforeKeepsThePublicationDay() {
        Event e = criticism(
                code(spokeIn("June", "#time 6-6 2025-06 MONTH PAST") + "#block BODY\n" + CHINA_CRITICIZED_BRITAIN));
        assertEquals(PUBLISHED, e.date(), "a new paragraph may come back to the news");
    }

    @Test
    void aPresentPerfectAfterAnEarlierMonthKeepsThePublicationDay() {
        Event e = criticism(code(spokeIn("June", "#time 6-6 2025-06 MONTH PAST") + """
                1 China China NNP LOCATION 3 nsubj
                2 has have VBZ O 3 aux
                3 criticized criticize VBN O 0 root
                4 Britain Britain NNP LOCATION 3 obj
                5 . . . O 3 punct
                """));
        assertEquals(PUBLISHED, e.date());
    }

    @Test
    void aRoundUpKeepsTheMonthItsHeadlineCloses() {
        Event e = criticism(code("#title News briefs, June 2025\n" + spokeIn("June", "#time 6-6 2025-06 MONTH PAST")
                + CHINA_CRITICIZED_BRITAIN));
        assertEquals("2025-06", e.date(), "the round-up's month is its acts' fall-back, not the publication day");
    }

    private static Event criticism(List<Event> events) {
        return only(events.stream().filter(e -> e.mode().equals("criticize")).toList());
    }
}
