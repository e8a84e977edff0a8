package org.annals.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of the benchmark's scoring rule. */
class ShingleScoreTest {
    private static final double EPS = 1e-9;

    @Test
    void wordsAreUnicodeWordRunsWithCaseKept() {
        assertEquals(
                List.of("Don", "t", "stop", "Zürich", "s", "2", "cafés", "Москва"),
                ShingleScore.words("Don't stop — Zürich's 2 cafés; Москва!"));
    }

    @Test
    void shinglesAreAMultisetOfWordFourGrams() {
        Map<List<String>, Integer> shingles = ShingleScore.shingles("a b c d a b c d");
        assertEquals(
                Map.of(
                        List.of("a", "b", "c", "d"), 2,
                        List.of("b", "c", "d", "a"), 1,
                        List.of("c", "d", "a", "b"), 1,
                        List.of("d", "a", "b", "c"), 1),
                shingles);
    }

    @Test
    void aTextShorterThanFourWordsIsOneShorterShingle() {
        assertEquals(
                Map.of(List.of("hello", "world"), 1),
                ShingleScore.shingles("Hello, world".toLowerCase(java.util.Locale.ROOT)));
        assertEquals(Map.of(), ShingleScore.shingles("  ... "));
    }

    @Test
    void repeatedShinglesCountWithTheirMultiplicity() {
        // gold: abcd x2, bcda, cdab, dabc (5); prediction: abcd x3, bcda x2, cdab x2, dabc x2 (9)
        ShingleScore.Counts counts = ShingleScore.match("a b c d a b c d", "a b c d a b c d a b c d");
        assertEquals(new ShingleScore.Counts(5, 4, 0), counts);
        assertEquals(5.0 / 9, counts.precision(), EPS);
        assertEquals(1.0, counts.recall(), EPS);
    }

    @Test
    void partialOutputHasFullPrecisionAndPartialRecall() {
        ShingleScore.Counts counts = ShingleScore.match("a b c d a b c d", "a b c d");
        assertEquals(new ShingleScore.Counts(1, 0, 4), counts);
        assertEquals(1.0, counts.precision(), EPS);
        assertEquals(0.2, counts.recall(), EPS);
    }

    @Test
    void caseMatters() {
        assertEquals(new ShingleScore.Counts(0, 1, 1), ShingleScore.match("The cat sat down", "the cat sat down"));
    }

    @Test
    void emptyCasesFollowTheBenchmark() {
        ShingleScore.Counts bothEmpty = ShingleScore.match("", "");
        assertEquals(1.0, bothEmpty.precision(), EPS);
        assertEquals(1.0, bothEmpty.recall(), EPS);
        ShingleScore.Counts nothingOut = ShingleScore.match("one two three four", "");
        assertEquals(0.0, nothingOut.recall(), EPS);
    }

    @Test
    void averagesArePerPageAndF1IsOfTheAverages() {
        ShingleScore.Summary summary = ShingleScore.summarise(List.of(
                new ShingleScore.Counts(1, 1, 0), // P 0.5, R 1
                new ShingleScore.Counts(1, 0, 3), // P 1, R 0.25
                new ShingleScore.Counts(0, 0, 4))); // empty output: no precision, R 0
        assertEquals(0.75, summary.precision(), EPS);
        assertEquals(1.25 / 3, summary.recall(), EPS);
        double p = 0.75;
        double r = 1.25 / 3;
        assertEquals(2 * p * r / (p + r), summary.f1(), EPS);
    }
}
