package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Acts told over a span of years up to the report or as a series up to now are left undated, never given the
 * publication day (2025-09-02); one act of the news told with the same words keeps it.
 */
class SpansAndSeriesTest {
    private static final String PUBLISHED = "2025-09-02";

    @Test
    void regressionAnActToldAsASeriesUpToNowIsNotDatedAtPublication() {
        Event e = only(code("""
                1 China China NNP LOCATION 4 nsubj
                2 has have VBZ O 4 aux
                3 repeatedly repeatedly RB O 4 advmod
                4 criticized criticize VBN O 0 root
                5 Britain Britain NNP LOCATION 4 obj
                6 . . . O 4 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals("", e.date(), "a series of criticisms up to now has no one day");
    }

    @Test
    void anActRepeatedInTheSimplePastKeepsThePublicationDay() {
        Event e = only(code("""
                1 China China NNP LOCATION 3 nsubj
                2 repeatedly repeatedly RB O 3 advmod
                3 criticized criticize VBD O 0 root
                4 Britain Britain NNP LOCATION 3 obj
                5 . . . O 3 punct
                """));
        assertEquals(PUBLISHED, e.date(), "one scene of the news, told as repeated within it");
    }

    @Test
    void regressionAnActSpreadOverRecentYearsIsNotDatedAtPublication() {
        Event e = only(code(overYears("recent")));
        assertEquals("ACCUSE", e.type());
        assertEquals("", e.date(), "spread over the years before the report");
    }

    @Test
    void regressionANounWhoseSpanOfYearsHangsOnItIsNotDatedAtPublication() {
        Event e = only(code("""
                1 Iran Iran NNP LOCATION 3 nsubj
                2 has have VBZ O 3 aux
                3 increased increase VBN O 0 root
                4 cooperation cooperation NN O 3 obj
                5 in in IN O 9 case
                6 the the DT O 9 det
                7 last last JJ O 9 amod
                8 few few JJ O 9 amod
                9 years year NNS O 4 nmod
                10 with with IN O 12 case
                11 the the DT O 12 det
                12 Russia Russia NNP LOCATION 4 nmod
                13 . . . O 3 punct
                """));
        assertEquals("COOPERATE", e.type());
        assertEquals("", e.date());
    }

    @Test
    void anActInTheYearsAfterAnotherKeepsItsDayRules() {
        Event e = only(code(overYears("following")));
        assertEquals(PUBLISHED, e.date(), "years that do not end at the report are not this span");
    }

    @Test
    void aPresentPerfectWithoutASpanKeepsThePublicationDay() {
        Event e = only(code("""
                1 China China NNP LOCATION 3 nsubj
                2 has have VBZ O 3 aux
                3 criticized criticize VBN O 0 root
                4 Britain Britain NNP LOCATION 3 obj
                5 . . . O 3 punct
                """));
        assertEquals(PUBLISHED, e.date());
    }

    // "China has criticized Britain in recent years."
    private static String overYears(String modifier) {
        return String.format(Locale.ROOT, """
                1 China China NNP LOCATION 3 nsubj
                2 has have VBZ O 3 aux
                3 criticized criticize VBN O 0 root
                4 Britain Britain NNP LOCATION 3 obj
                5 in in IN O 7 case
                6 %s %s JJ O 7 amod
                7 years year NNS O 3 obl
                8 . . . O 3 punct
                """, modifier, modifier);
    }
}
