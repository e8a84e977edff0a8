package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Granularity;
import org.annals.core.TimeMention;
import org.annals.core.TimeRelation;
import org.junit.jupiter.api.Test;

class TimeStageTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);
    private final TimeStage stage = new TimeStage();

    private List<String> values(LocalDate published, String... items) {
        return stage.apply(HandDocuments.of(published, items)).times().stream()
                .map(TimeMention::value)
                .toList();
    }

    @Test
    void weekdayFollowsTenseOfItsVerb() {
        assertEquals(List.of("2025-09-01"), values(TUESDAY, "Leaders/NNS", "met/VBD", "on/IN", "Monday/NNP"));
        assertEquals(List.of("2025-09-02"), values(TUESDAY, "Putin/NNP", "spoke/VBD", "on/IN", "Tuesday/NNP"));
        assertEquals(
                List.of("2025-09-03"),
                values(TUESDAY, "a/DT", "parade/NN", "scheduled/VBN", "for/IN", "Wednesday/NNP"));
        assertEquals(List.of("2025-09-05"), values(TUESDAY, "They/PRP", "will/MD", "meet/VB", "on/IN", "Friday/NNP"));
        assertEquals(List.of("2025-08-29"), values(TUESDAY, "They/PRP", "met/VBD", "last/JJ", "Friday/NNP"));
        assertEquals(List.of("2025-09-03"), values(TUESDAY, "They/PRP", "meet/VBP", "next/JJ", "Wednesday/NNP"));
    }

    @Test
    void regressionSetIsAFutureCueOnlyAsSetToOrSetForOutsideThePast() {
        assertEquals(
                List.of("2025-09-01"),
                values(TUESDAY, "a/DT", "fund/NN", "was/VBD", "set/VBN", "up/RP", "on/IN", "Monday/NNP"));
        assertEquals(
                List.of("2025-08-29"),
                values(TUESDAY, "the/DT", "record/NN", "was/VBD", "set/VBN", "on/IN", "Friday/NNP"));
        assertEquals(
                List.of("2025-09-01"), values(TUESDAY, "talks/NNS", "were/VBD", "set/VBN", "for/IN", "Monday/NNP"));
        assertEquals(
                List.of("2025-09-05"),
                values(TUESDAY, "the/DT", "vote/NN", "is/VBZ", "set/VBN", "for/IN", "Friday/NNP"));
        assertEquals(
                List.of("2025-09-05"),
                values(TUESDAY, "talks/NNS", "are/VBP", "set/VBN", "to/TO", "resume/VB", "on/IN", "Friday/NNP"));
    }

    @Test
    void regressionBareMonthWithoutTenseIsTheNearestOne() {
        LocalDate january = LocalDate.of(2019, 1, 16);
        assertEquals(
                List.of("2018-11"),
                values(january, "the/DT", "recorder/NN", "recovered/VBN", "in/IN", "November/NNP", "lies/VBZ"));
        assertEquals(List.of("2018-11"), values(january, "the/DT", "report/NN", "of/IN", "November/NNP"));
        assertEquals(List.of("2019-02"), values(january, "the/DT", "report/NN", "of/IN", "February/NNP"));
    }

    @Test
    void regressionTodayInsideANameIsNotADate() {
        assertEquals(List.of(), values(TUESDAY, "USA/NNP", "Today/NNP", "reported/VBD"));
        assertEquals(List.of("2025-09-02"), values(TUESDAY, "Today/NN", ",/,", "Putin/NNP", "spoke/VBD"));
    }

    @Test
    void regressionClockTimesAreNotYears() {
        assertEquals(List.of("2025-09-01"), values(TUESDAY, "at/IN", "1430/CD", "UTC/NNP", "on/IN", "Monday/NNP"));
    }

    @Test
    void regressionCopularPredicateCarriesItsOwnAuxiliary() {
        LocalDate june9 = LocalDate.of(2009, 6, 9);
        // "pre-loaded with software which will be available on June 17": the adjective's "will", not the participle.
        assertEquals(
                List.of("2009-06-17"),
                values(
                        june9,
                        "pre-loaded/VBN/O/-1/root",
                        "with/IN/O/2/case",
                        "software/NN/O/0/obl",
                        "which/WDT/O/6/nsubj",
                        "will/MD/O/6/aux",
                        "be/VB/O/6/cop",
                        "available/JJ/O/2/acl:relcl",
                        "on/IN/O/8/case",
                        "June/NNP/O/6/obl",
                        "17/CD/O/8/nummod"));
        assertEquals(
                List.of("2008-06-17"),
                values(
                        june9,
                        "it/PRP/O/2/nsubj",
                        "was/VBD/O/2/cop",
                        "available/JJ/O/-1/root",
                        "on/IN/O/4/case",
                        "June/NNP/O/2/obl",
                        "17/CD/O/4/nummod"));
    }

    @Test
    void regressionIndefiniteArticleBeforeAUnitCountsOne() {
        assertEquals(
                List.of("P1W"),
                values(TUESDAY, "shipping/VBG", "for/IN", "more/JJR", "than/IN", "a/DT", "week/NN", "now/RB"));
        assertEquals(List.of("PT1H"), values(TUESDAY, "within/IN", "an/DT", "hour/NN"));
        assertEquals(List.of(), values(TUESDAY, "they/PRP", "meet/VBP", "once/RB", "a/DT", "week/NN"));
        assertEquals(List.of(), values(TUESDAY, "it/PRP", "costs/VBZ", "$/$", "5/CD", "a/DT", "day/NN"));
        assertEquals(List.of(), values(TUESDAY, "he/PRP", "won/VBD", "a/DT", "second/JJ", "term/NN"));
    }

    @Test
    void regressionThePastDecadeIsTenYearsNotTheCalendarDecade() {
        assertEquals(List.of("P10Y"), values(TUESDAY, "in/IN", "the/DT", "past/JJ", "decade/NN"));
        assertEquals(List.of("P10Y"), values(TUESDAY, "over/IN", "the/DT", "last/JJ", "decade/NN"));
        assertEquals(List.of("2024"), values(TUESDAY, "last/JJ", "year/NN"));
    }

    @Test
    void regressionHyphenatedPartOfYearIsThatYear() {
        assertEquals(List.of("2011"), values(TUESDAY, "to/TO", "be/VB", "released/VBN", "in/IN", "mid-2011/NN", "./."));
        assertEquals(List.of("2009"), values(TUESDAY, "since/IN", "early-2009/JJ"));
    }

    @Test
    void deicticDaysAndPeriods() {
        assertEquals(List.of("2025-09-01", "2025-09-03"), values(TUESDAY, "yesterday/NN", "and/CC", "tomorrow/NN"));
        assertEquals(
                List.of("2024", "2025-09", "2025-W37"),
                values(TUESDAY, "last/JJ", "year/NN", "earlier/RBR", "this/DT", "month/NN", "next/JJ", "week/NN"));
        assertEquals(List.of("2025-08-30"), values(TUESDAY, "three/CD", "days/NNS", "ago/RB"));
    }

    @Test
    void monthsYearsDecadesAndDurations() {
        assertEquals(List.of("2019-01-04"), values(TUESDAY, "on/IN", "Jan./NNP", "4/CD", ",/,", "2019/CD"));
        assertEquals(List.of("2025-03"), values(TUESDAY, "it/PRP", "opened/VBD", "in/IN", "March/NNP"));
        assertEquals(List.of("2026-03"), values(TUESDAY, "it/PRP", "will/MD", "open/VB", "in/IN", "March/NNP"));
        assertEquals(List.of("2022", "199X"), values(TUESDAY, "in/IN", "2022/CD", "the/DT", "1990s/NNS"));
        assertEquals(List.of("P80Y", "P3D"), values(TUESDAY, "80/CD", "years/NNS", "for/IN", "three/CD", "days/NNS"));
    }

    @Test
    void countsAreNotYears() {
        assertEquals(List.of(), values(TUESDAY, "2,000/CD", "people/NNS"));
        assertEquals(List.of(), values(TUESDAY, "2000/CD", "people/NNS"));
    }

    @Test
    void withoutPublicationDateRelativeStaysUnresolvedAbsoluteResolves() {
        Document done = stage.apply(HandDocuments.of(null, "on/IN", "Monday/NNP", "in/IN", "2022/CD"));
        TimeMention monday = done.times().get(0);
        assertEquals(Granularity.UNRESOLVED, monday.granularity());
        assertFalse(monday.isResolved());
        assertTrue(done.times().get(1).isResolved());
        assertEquals(TimeRelation.UNKNOWN, done.times().get(1).relation());
    }

    @Test
    void resolutionDoesNotDependOnDocumentOrder() {
        Document first = HandDocuments.of(TUESDAY, "They/PRP", "met/VBD", "on/IN", "Monday/NNP", "in/IN", "March/NNP");
        Document second = HandDocuments.of(
                LocalDate.of(2019, 1, 4), "They/PRP", "met/VBD", "on/IN", "Monday/NNP", "in/IN", "March/NNP");
        List<TimeMention> firstThenSecond = List.of(
                stage.apply(first).times().get(0), stage.apply(second).times().get(0));
        TimeStage fresh = new TimeStage();
        TimeMention secondAlone = fresh.apply(second).times().get(0);
        TimeMention firstAfter = fresh.apply(first).times().get(0);
        assertEquals(firstThenSecond, List.of(firstAfter, secondAlone));
        assertEquals("2018-12-31", secondAlone.value());
        assertEquals("2018-03", fresh.apply(second).times().get(1).value());
    }
}
