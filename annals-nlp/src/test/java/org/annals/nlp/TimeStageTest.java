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
