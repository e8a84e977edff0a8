package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Undated happenings whose tense or adverb of sequence tells they lie before the report are left undated, never given
 * the publication day (2025-09-02); the same clauses told as news keep it.
 */
class TenseBackgroundTest {
    private static final String PUBLISHED = "2025-09-02";

    @Test
    void regressionANounWhoseSupportVerbIsPluperfectIsNotDatedAtPublication() {
        Event e = only(code("""
                1 China China NNP LOCATION 3 nsubj
                2 had have VBD O 3 aux
                3 made make VBN O 0 root
                4 threats threat NNS O 3 obj
                5 against against IN O 6 case
                6 Britain Britain NNP LOCATION 4 nmod
                7 . . . O 3 punct
                """));
        assertEquals("THREATEN", e.type());
        assertEquals("", e.date(), "made before the past the article tells, on a day it does not give");
    }

    @Test
    void aNounWhoseSupportVerbIsInTheSimplePastKeepsThePublicationDay() {
        Event e = only(code("""
                1 China China NNP LOCATION 2 nsubj
                2 made make VBD O 0 root
                3 threats threat NNS O 2 obj
                4 against against IN O 5 case
                5 Britain Britain NNP LOCATION 3 nmod
                6 . . . O 2 punct
                """));
        assertEquals(PUBLISHED, e.date());
    }

    @Test
    void regressionAnInfinitiveUnderAPluperfectIsNotDatedAtPublication() {
        Event e = only(code("""
                1 China China NNP LOCATION 3 nsubj
                2 had have VBD O 3 aux
                3 begun begin VBN O 0 root
                4 to to TO O 5 mark
                5 criticize criticize VB O 3 xcomp
                6 Britain Britain NNP LOCATION 5 obj
                7 . . . O 3 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals("", e.date());
    }

    @Test
    void regressionAPastCauseOfAPresentStateIsNotDatedAtPublication() {
        Event e = only(code(angryBecause("is", "VBZ")));
        assertEquals("ACCUSE", e.type());
        assertEquals("", e.date(), "the criticism explains a present anger, so it came before it");
    }

    @Test
    void aPastCauseOfAPastStateKeepsThePublicationDay() {
        Event e = only(code(angryBecause("was", "VBD")));
        assertEquals(PUBLISHED, e.date());
    }

    @Test
    void regressionAnActToldAsLaterThanAnotherIsNotDatedAtPublication() {
        Event e = only(code("""
                1 China China NNP LOCATION 3 nsubj
                2 later later RB O 3 advmod
                3 criticized criticize VBD O 0 root
                4 Britain Britain NNP LOCATION 3 obj
                5 . . . O 3 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals("", e.date(), "after some earlier happening, at a time the text does not give");
    }

    // "Russia is/was angry because China criticized Britain."
    private static String angryBecause(String be, String tag) {
        return String.format(Locale.ROOT, """
                1 Russia Russia NNP LOCATION 3 nsubj
                2 %s be %s O 3 cop
                3 angry angry JJ O 0 root
                4 because because IN O 6 mark
                5 China China NNP LOCATION 6 nsubj
                6 criticized criticize VBD O 3 advcl
                7 Britain Britain NNP LOCATION 6 obj
                8 . . . O 3 punct
                """, be, tag);
    }
}
