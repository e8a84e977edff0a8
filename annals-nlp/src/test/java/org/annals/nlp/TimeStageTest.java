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
                List.of("P1W", "PRESENT_REF"),
                values(TUESDAY, "shipping/VBG", "for/IN", "more/JJR", "than/IN", "a/DT", "week/NN", "now/RB"));
        assertEquals(List.of("PT1H"), values(TUESDAY, "within/IN", "an/DT", "hour/NN"));
        // "once a week" is a recurrence (P1W as a set), not a one-week duration; see the recurrence test.
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
    void regressionMidMonthIsThatMonthByTheBareMonthsRules() {
        // Published in September: a past "mid-July" is this year's, a past "mid-November" last year's.
        assertEquals(List.of("2025-07"), values(TUESDAY, "talks/NNS", "began/VBD", "in/IN", "mid-July/NN", "./."));
        assertEquals(List.of("2024-11"), values(TUESDAY, "talks/NNS", "began/VBD", "in/IN", "mid-November/NN"));
        // A future "mid-July" is next year's.
        assertEquals(List.of("2026-07"), values(TUESDAY, "talks/NNS", "will/MD", "begin/VB", "in/IN", "mid-July/NN"));
        assertEquals(List.of("2019-07"), values(TUESDAY, "in/IN", "mid-July/NN", "2019/CD"));
        assertEquals(List.of("2025-07"), values(TUESDAY, "Mid-July/NN", "saw/VBD", "protests/NNS"));
    }

    @Test
    void regressionMidMonthSpansThePrefixAndItsSplitForms() {
        List<TimeMention> one = stage.apply(HandDocuments.of(TUESDAY, "talks/NNS", "began/VBD", "in/IN", "mid-July/NN"))
                .times();
        assertEquals(List.of("mid-July"), one.stream().map(TimeMention::text).toList());
        assertEquals(Granularity.MONTH, one.get(0).granularity());
        List<TimeMention> split = stage.apply(
                        HandDocuments.of(TUESDAY, "talks/NNS", "began/VBD", "in/IN", "mid/JJ", "-/HYPH", "July/NNP"))
                .times();
        assertEquals(List.of("2025-07"), split.stream().map(TimeMention::value).toList());
        assertEquals(
                List.of("mid - July"), split.stream().map(TimeMention::text).toList());
        assertEquals(List.of("2025-07"), values(TUESDAY, "talks/NNS", "began/VBD", "in/IN", "mid-/JJ", "July/NNP"));
    }

    @Test
    void regressionMidYearIsThatYear() {
        assertEquals(List.of("2019"), values(TUESDAY, "he/PRP", "resigned/VBD", "in/IN", "mid-2019/NN"));
    }

    @Test
    void regressionMidBeforeOtherWordsIsNoDate() {
        assertEquals(List.of(), values(TUESDAY, "a/DT", "mid-size/JJ", "car/NN"));
        assertEquals(List.of(), values(TUESDAY, "a/DT", "mid-level/JJ", "official/NN"));
        assertEquals(List.of(), values(TUESDAY, "storms/NNS", "hit/VBD", "the/DT", "Mid-Atlantic/NNP"));
        assertEquals(List.of(), values(TUESDAY, "a/DT", "mid-march/NN", "pace/NN"));
        assertEquals(List.of(), values(TUESDAY, "the/DT", "mid/JJ", "-/HYPH", "size/NN", "car/NN"));
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
    void regressionAMonthOfLastOrNextYearIsThatYearsMonth() {
        assertEquals(
                List.of("2024-01"),
                values(TUESDAY, "arrested/VBN", "in/IN", "January/NNP", "of/IN", "last/JJ", "year/NN"));
        assertEquals(List.of("2026-03"), values(TUESDAY, "said/VBD", "in/IN", "March/NNP", "next/JJ", "year/NN"));
    }

    @Test
    void regressionEarlierOrLaterInThePeriodIsThatPeriod() {
        assertEquals(
                List.of("2025-09", "2025-W36"),
                values(
                        TUESDAY,
                        "sanctioned/VBD",
                        "earlier/RBR",
                        "in/IN",
                        "the/DT",
                        "month/NN",
                        "and/CC",
                        "later/RB",
                        "in/IN",
                        "the/DT",
                        "week/NN"));
    }

    @Test
    void weekendsAreTimexWeekendsOfTheirWeek() {
        assertEquals(List.of("2025-W36-WE"), values(TUESDAY, "will/MD", "meet/VB", "this/DT", "weekend/NN"));
        assertEquals(List.of("2025-W35-WE"), values(TUESDAY, "They/PRP", "met/VBD", "over/IN", "the/DT", "weekend/NN"));
        assertEquals(List.of("2025-W35-WE"), values(TUESDAY, "They/PRP", "met/VBD", "last/JJ", "weekend/NN"));
        assertEquals(List.of(), values(TUESDAY, "the/DT", "weekend/NN", "edition/NN"));
    }

    @Test
    void regressionHoursAgoIsTheAnchorDayInsteadOfFailingTheDocument() {
        assertEquals(List.of("2025-09-02"), values(TUESDAY, "two/CD", "hours/NNS", "ago/RB"));
    }

    @Test
    void anAmountOfTimeSinceAnEventDatesTheEvent() {
        assertEquals(
                List.of("1995"),
                values(TUESDAY, "thirty/CD", "years/NNS", "since/IN", "the/DT", "treaty/NN", "was/VBD", "signed/VBN"));
        assertEquals(List.of("2025-08"), values(TUESDAY, "a/DT", "month/NN", "since/IN", "the/DT", "flood/NN"));
        assertEquals(
                List.of("P2Y", "2019"),
                values(TUESDAY, "two/CD", "years/NNS", "since/IN", "2019/CD"),
                "a year after since has a value of its own");
    }

    @Test
    void regressionMayAfterAPrepositionIsTheMonthAndAsAModalOrNameIsNot() {
        assertEquals(List.of("2025-05"), values(TUESDAY, "she/PRP", "was/VBD", "convicted/VBN", "in/IN", "May/NNP"));
        assertEquals(List.of("2025-05"), values(TUESDAY, "talks/NNS", "stalled/VBD", "since/IN", "May/NNP"));
        assertEquals(List.of(), values(TUESDAY, "Theresa/NNP", "May/NNP", "resigned/VBD"));
        assertEquals(List.of(), values(TUESDAY, "prices/NNS", "May/MD", "rise/VB"));
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
    void regressionAMonthOrDayThenACommaAndAYearIsThatYearsMonthOrDay() {
        assertEquals(
                List.of("2018-03", "2018-05"),
                values(
                        TUESDAY,
                        "arrested/VBN",
                        "in/IN",
                        "March/NNP",
                        ",/,",
                        "2018/CD",
                        "announced/VBD",
                        "in/IN",
                        "May/NNP",
                        ",/,",
                        "2018/CD"));
        assertEquals(List.of("2018-03-04"), values(TUESDAY, "on/IN", "4/CD", "March/NNP", ",/,", "2018/CD"));
        assertEquals(
                List.of("2025-03"),
                values(TUESDAY, "In/IN", "March/NNP", ",/,", "1500/CD", "people/NNS", "marched/VBD"));
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

    private List<TimeMention> times(LocalDate published, String... items) {
        return stage.apply(HandDocuments.of(published, items)).times();
    }

    @Test
    void regressionVagueReferencesArePresentPastOrFutureRefWithoutACalendarValue() {
        assertEquals(List.of("PRESENT_REF"), values(TUESDAY, "it/PRP", "is/VBZ", "now/RB", "smaller/JJR"));
        assertEquals(List.of("PRESENT_REF"), values(TUESDAY, "the/DT", "store/NN", "currently/RB", "sells/VBZ"));
        assertEquals(List.of("PRESENT_REF"), values(TUESDAY, "at/IN", "present/NN", ",/,", "it/PRP", "sells/VBZ"));
        assertEquals(List.of("PAST_REF"), values(TUESDAY, "the/DT", "recently/RB", "announced/VBN", "phone/NN"));
        assertEquals(List.of("PAST_REF"), values(TUESDAY, "it/PRP", "happened/VBD", "in/IN", "the/DT", "past/NN"));
        assertEquals(List.of("PAST_REF", "PAST_REF"), values(TUESDAY, "formerly/RB", "and/CC", "lately/RB"));
        assertEquals(List.of("FUTURE_REF"), values(TUESDAY, "it/PRP", "will/MD", "open/VB", "soon/RB"));
        assertEquals(List.of("FUTURE_REF"), values(TUESDAY, "prices/NNS", "rise/VBP", "in/IN", "the/DT", "future/NN"));
        assertEquals(List.of("PRESENT_REF"), values(TUESDAY, "in/IN", "today/NN", "'s/POS", "world/NN"));
        TimeMention now =
                times(TUESDAY, "it/PRP", "is/VBZ", "now/RB", "open/JJ").get(0);
        assertEquals(Granularity.UNRESOLVED, now.granularity());
        assertEquals(TimeRelation.PRESENT, now.relation());
        assertFalse(now.isResolved(), "a vague reference must never be taken for a calendar date");
        TimeMention recently = times(TUESDAY, "recently/RB").get(0);
        assertEquals(TimeRelation.PAST, recently.relation());
        assertEquals(List.of(), values(TUESDAY, "call/VB", "as/RB", "soon/RB", "as/IN", "possible/JJ"));
        assertEquals(List.of("2025-09-02"), values(TUESDAY, "Putin/NNP", "spoke/VBD", "today/NN"));
        assertEquals(List.of("P10Y"), values(TUESDAY, "in/IN", "the/DT", "past/JJ", "decade/NN"));
    }

    @Test
    void regressionQuartersAreTimexQuarterValues() {
        LocalDate january = LocalDate.of(2007, 1, 17);
        assertEquals(
                List.of("2006-Q4"),
                values(january, "profits/NNS", "rose/VBD", "during/IN", "the/DT", "last/JJ", "quarter/NN"));
        assertEquals(List.of("2019-Q3"), values(TUESDAY, "in/IN", "Q3/NN", "2019/CD"));
        assertEquals(List.of("2019-Q1"), values(TUESDAY, "the/DT", "first/JJ", "quarter/NN", "of/IN", "2019/CD"));
        assertEquals(
                List.of("2025-Q2"),
                values(TUESDAY, "sales/NNS", "fell/VBD", "in/IN", "the/DT", "second/JJ", "quarter/NN"));
        assertEquals(
                List.of("2026-Q1"),
                values(TUESDAY, "sales/NNS", "will/MD", "rise/VB", "in/IN", "the/DT", "first/JJ", "quarter/NN"));
        assertEquals(List.of("2025-Q4"), values(TUESDAY, "next/JJ", "quarter/NN"));
        assertEquals(
                Granularity.QUARTER,
                times(TUESDAY, "this/DT", "quarter/NN").get(0).granularity());
        assertEquals(List.of(), values(TUESDAY, "a/DT", "quarter/NN", "of/IN", "voters/NNS"));
        assertEquals(List.of(), values(TUESDAY, "the/DT", "past/JJ", "quarter/NN", "century/NN"));
    }

    @Test
    void regressionFiscalYearsAreFyValuesWithoutACalendarGranularity() {
        assertEquals(List.of("FY2019"), values(TUESDAY, "in/IN", "fiscal/JJ", "2019/CD"));
        assertEquals(List.of("FY2020"), values(TUESDAY, "FY2020/NN", "results/NNS"));
        LocalDate january = LocalDate.of(2007, 1, 17);
        assertEquals(
                List.of("FY2007"),
                values(january, "the/DT", "very/RB", "beginning/NN", "of/IN", "the/DT", "financial/JJ", "year/NN"));
        TimeMention fiscal = times(TUESDAY, "last/JJ", "fiscal/JJ", "year/NN").get(0);
        assertEquals("FY2024", fiscal.value());
        assertFalse(fiscal.isResolved(), "a fiscal year is not a calendar year");
    }

    @Test
    void regressionSeasonsAreTimexSeasonValues() {
        LocalDate january2019 = LocalDate.of(2019, 1, 10);
        assertEquals(List.of("2018-SU"), values(january2019, "we/PRP", "met/VBD", "last/JJ", "summer/NN"));
        assertEquals(List.of("2019-SU"), values(january2019, "we/PRP", "meet/VBP", "next/JJ", "summer/NN"));
        assertEquals(List.of("2018-WI"), values(january2019, "this/DT", "winter/NN"));
        assertEquals(List.of("2025-SU"), values(TUESDAY, "last/JJ", "summer/NN"));
        assertEquals(List.of("2017-FA"), values(TUESDAY, "in/IN", "the/DT", "fall/NN", "of/IN", "2017/CD"));
        assertEquals(
                List.of("2026-SP"), values(TUESDAY, "it/PRP", "will/MD", "open/VB", "in/IN", "the/DT", "spring/NN"));
        assertEquals(
                Granularity.SEASON,
                times(TUESDAY, "summer/NN", "2018/CD").get(0).granularity());
        assertEquals(List.of(), values(TUESDAY, "the/DT", "fall/NN", "of/IN", "Rome/NNP"));
    }

    @Test
    void regressionEdgesOfTheCurrentPeriodAreThatPeriod() {
        LocalDate april = LocalDate.of(2008, 4, 3);
        assertEquals(
                List.of("2008"),
                values(
                        april,
                        "passed/VBD",
                        "Wal-Mart/NNP",
                        "at/IN",
                        "the/DT",
                        "beginning/NN",
                        "of/IN",
                        "the/DT",
                        "year/NN"));
        assertEquals(List.of("2025-09"), values(TUESDAY, "by/IN", "the/DT", "end/NN", "of/IN", "the/DT", "month/NN"));
        assertEquals(List.of("2024"), values(TUESDAY, "the/DT", "end/NN", "of/IN", "last/JJ", "year/NN"));
        assertEquals(List.of(), values(TUESDAY, "the/DT", "end/NN", "of/IN", "the/DT", "day/NN"));
    }

    @Test
    void regressionThatDayRefersBackToTheLastDayInTheParagraph() {
        Document paragraph = HandDocuments.sentences(
                TUESDAY,
                "They/PRP met/VBD on/IN March/NNP 3/CD ./.",
                "Talks/NNS ended/VBD later/RB that/DT day/NN ./.",
                "The/DT following/JJ week/NN ,/, they/PRP signed/VBD ./.",
                "The/DT previous/JJ year/NN was/VBD calm/JJ ./.");
        assertEquals(
                List.of("2025-03-03", "2025-03-03", "2025-W11", "2024"),
                stage.apply(paragraph).times().stream().map(TimeMention::value).toList());
        assertEquals(
                List.of("2025-03-03", "2025-03-04"),
                values(TUESDAY, "met/VBD", "on/IN", "March/NNP", "3/CD", "and/CC", "the/DT", "next/JJ", "day/NN"));
        assertEquals(
                List.of("2025-03-03", "2025-03-06"),
                values(TUESDAY, "met/VBD", "on/IN", "March/NNP", "3/CD", "and/CC", "three/CD", "days/NNS", "later/RB"));
        // Without an earlier day: a shift counts from publication, a length stays a length, "that day" is unresolved.
        assertEquals(List.of("P3D"), values(TUESDAY, "three/CD", "days/NNS", "later/RB"));
        assertEquals(List.of("2025-W37"), values(TUESDAY, "the/DT", "following/JJ", "week/NN"));
        TimeMention thatDay =
                times(TUESDAY, "that/DT", "day/NN", "has/VBZ", "come/VBN").get(0);
        assertFalse(thatDay.isResolved());
        assertEquals(List.of(), values(TUESDAY, "he/PRP", "said/VBD", "that/IN", "day/NN", "traders/NNS", "lost/VBD"));
    }

    @Test
    void regressionAPastFollowingDayWithoutAnEarlierDayIsNotCountedFromPublication() {
        List<TimeMention> found =
                times(TUESDAY, "the/DT", "ministry/NN", "denounced/VBD", "it/PRP", "the/DT", "following/JJ", "day/NN");
        assertTrue(found.stream().noneMatch(TimeMention::isResolved), found.toString());
    }

    @Test
    void regressionThatDayDoesNotReachIntoAnotherParagraph() {
        Document twoParagraphs = HandDocuments.paragraphs(
                TUESDAY,
                List.of(
                        List.of("They/PRP met/VBD on/IN March/NNP 3/CD ./."),
                        List.of("That/DT day/NN was/VBD calm/JJ ./.")));
        List<TimeMention> times = stage.apply(twoParagraphs).times();
        assertEquals("2025-03-03", times.get(0).value());
        assertEquals("", times.get(1).value());
    }

    @Test
    void regressionRecurrencesAreSetsGivenAsTheirPeriod() {
        assertEquals(List.of("P1Y"), values(TUESDAY, "at/IN", "the/DT", "annual/JJ", "conference/NN"));
        assertEquals(List.of("P1Y"), values(TUESDAY, "held/VBN", "every/DT", "year/NN"));
        assertEquals(List.of("P1W"), values(TUESDAY, "a/DT", "weekly/JJ", "meeting/NN"));
        assertEquals(List.of("P2Y"), values(TUESDAY, "every/DT", "two/CD", "years/NNS"));
        assertEquals(List.of("P1W"), values(TUESDAY, "they/PRP", "meet/VBP", "once/RB", "a/DT", "week/NN"));
        TimeMention annually = times(TUESDAY, "paid/VBN", "annually/RB").get(0);
        assertEquals(Granularity.DURATION, annually.granularity());
        assertEquals(List.of(), values(TUESDAY, "the/DT", "Daily/NNP", "Mail/NNP", "reported/VBD"));
        assertEquals(List.of(), values(TUESDAY, "a/DT", "daily/NN", "printed/VBN", "in/IN", "Darwin/NNP"));
        assertEquals(List.of(), values(TUESDAY, "a/DT", "daily/JJ", "printed/VBN", "in/IN", "Darwin/NNP"));
    }

    @Test
    void regressionChristmasIsTheTwentyFifthUnlessItModifiesANoun() {
        LocalDate january = LocalDate.of(2007, 1, 17);
        assertEquals(List.of("2006-12-25"), values(january, "sales/NNS", "rose/VBD", "over/IN", "Christmas/NNP"));
        assertEquals(
                List.of("2025-12-24"),
                values(TUESDAY, "it/PRP", "will/MD", "open/VB", "on/IN", "Christmas/NNP", "Eve/NNP"));
        assertEquals(List.of(), values(january, "successful/JJ", "Christmas/NNP", "sales/NNS"));
    }

    @Test
    void regressionLengthsWithoutANumberAreTimexUnknownDurations() {
        assertEquals(List.of("PXY"), values(TUESDAY, "its/PRP$", "decades-long/JJ", "dispute/NN"));
        assertEquals(List.of("PXY"), values(TUESDAY, "its/PRP$", "decades/NNS", "-/HYPH", "long/JJ", "dispute/NN"));
        assertEquals(List.of("P10Y"), values(TUESDAY, "a/DT", "decade-long/JJ", "war/NN"));
        assertEquals(List.of("PXM"), values(TUESDAY, "talks/NNS", "lasted/VBD", "for/IN", "months/NNS", "./."));
        assertEquals(List.of(), values(TUESDAY, "for/IN", "months/NNS", "of/IN", "talks/NNS"));
        TimeMention later = times(TUESDAY, "call/VB", "back/RB", "at/IN", "a/DT", "later/JJ", "time/NN")
                .get(0);
        assertEquals("XXXX-XX-XX", later.value());
        assertFalse(later.isResolved(), "an unspecified day is no calendar date");
    }
}
