package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events of different articles that report the same happening share its id; others do not. */
class HappeningLinkingTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 14);
    private static final String ARG = "person:ana-rivera";
    private static final String BRA = "person:bo-lindqvist";

    @TempDir
    Path dataDir;

    private static Document report(String title, Fixtures.Reported... events) {
        return Fixtures.report(title, DAY, List.of(events));
    }

    private static Fixtures.Reported meeting(String date) {
        return new Fixtures.Reported("CONSULT", List.of(ARG), List.of(BRA), date, "");
    }

    private List<List<Object>> happenings(Document... documents) {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            for (Document doc : documents) {
                store.put(doc);
            }
            return store.sql("SELECT mentions, documents FROM happenings ORDER BY mentions DESC, id")
                    .rows();
        }
    }

    @Test
    void twoArticlesReportingTheSameMeetingOnTheSameDayAreOneHappening() {
        assertEquals(
                List.of(List.of(2L, 2L)),
                longs(happenings(
                        report("First wire", meeting("2024-03-14")), report("Second wire", meeting("2024-03-14")))));
    }

    @Test
    void aDayApartIsTheSameHappeningButTwoDaysApartIsNot() {
        assertEquals(
                List.of(List.of(2L, 2L)),
                longs(happenings(
                        report("Tokyo desk", meeting("2024-03-14")), report("Lima desk", meeting("2024-03-13")))));
        assertEquals(
                List.of(List.of(2L, 2L), List.of(1L, 1L)),
                longs(happenings(report("Later report", meeting("2024-03-16")))));
    }

    @Test
    void anotherTypeIsAnotherHappening() {
        Fixtures.Reported accusation = new Fixtures.Reported("ACCUSE", List.of(ARG), List.of(BRA), "2024-03-14", "");
        assertEquals(
                List.of(List.of(1L, 1L), List.of(1L, 1L)),
                longs(happenings(report("Met", meeting("2024-03-14")), report("Accused", accusation))));
    }

    @Test
    void aMeetingThatDidNotHappenOrIsPlannedIsNotTheMeetingHeld() {
        assertEquals(
                List.of(List.of(1L, 1L), List.of(1L, 1L), List.of(1L, 1L)),
                longs(happenings(
                        report("Held", meeting("2024-03-14")),
                        report("Called off", meeting("2024-03-14").as(Modality.NEGATED)),
                        report("Announced", meeting("2024-03-14").as(Modality.FUTURE)))));
    }

    @Test
    void reportsOfTheSameModalityStillLinkAndBackgroundGoesWithAsserted() {
        assertEquals(
                List.of(List.of(2L, 2L), List.of(2L, 2L)),
                longs(happenings(
                        report("Called off", meeting("2024-03-14").as(Modality.NEGATED)),
                        report("Called off too", meeting("2024-03-14").as(Modality.NEGATED)),
                        report("Held", meeting("2024-03-14")),
                        report("Held, as background", meeting("2024-03-14").as(Modality.HISTORICAL)))));
    }

    @Test
    void undatedEventsAreNeverLinked() {
        assertEquals(
                List.of(List.of(1L, 1L), List.of(1L, 1L)),
                longs(happenings(report("Undated one", meeting("")), report("Undated two", meeting("")))));
    }

    @Test
    void aMonthLinksOnlyWithTheSameMonth() {
        assertEquals(
                List.of(List.of(2L, 2L), List.of(1L, 1L)),
                longs(happenings(
                        report("March deal", meeting("2024-03")),
                        report("March deal again", meeting("2024-03")),
                        report("March day", meeting("2024-03-01")))));
    }

    @Test
    void aCountryAndItsGovernmentAreTheSameActorButNotAnotherCountry() {
        Fixtures.Reported byCountry =
                new Fixtures.Reported("SANCTION", List.of("USA"), List.of("RUS"), "2024-03-14", "");
        Fixtures.Reported byGovernment =
                new Fixtures.Reported("SANCTION", List.of("USA.GOV"), List.of("RUS.GOV"), "2024-03-14", "");
        Fixtures.Reported againstAnother =
                new Fixtures.Reported("SANCTION", List.of("USA.GOV"), List.of("BLR.GOV"), "2024-03-14", "");
        assertEquals(
                List.of(List.of(2L, 2L), List.of(1L, 1L)),
                longs(happenings(
                        report("Country", byCountry),
                        report("Government", byGovernment),
                        report("Other", againstAnother))));
    }

    @Test
    void differentPlacesAreDifferentHappeningsButAMissingPlaceAgrees() {
        Fixtures.Reported inParis = new Fixtures.Reported("CONSULT", List.of(ARG), List.of(BRA), "2024-03-14", "FRA");
        Fixtures.Reported inRome = new Fixtures.Reported("CONSULT", List.of(ARG), List.of(BRA), "2024-03-14", "ITA");
        assertEquals(
                List.of(List.of(2L, 2L), List.of(1L, 1L)),
                longs(happenings(
                        report("Paris", inParis), report("Somewhere", meeting("2024-03-14")), report("Rome", inRome))));
    }

    @Test
    void aSymmetricMeetingMatchesADirectedReportOfIt() {
        Fixtures.Reported together =
                new Fixtures.Reported("CONSULT", List.of(ARG, BRA), List.of(ARG, BRA), "2024-03-14", "");
        assertEquals(
                List.of(List.of(2L, 2L)),
                longs(happenings(report("Both met", together), report("One met the other", meeting("2024-03-14")))));
    }

    @Test
    void aNewHappeningIsNamedAfterItsFirstMentionAndLaterOnesJoinIt() {
        Document first = report("Early", meeting("2024-03-14"));
        Document second = report("Late", meeting("2024-03-14"));
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(first);
            store.put(second);
            List<List<Object>> rows = store.sql("SELECT e.id = e.happening_id, d.title FROM events e"
                            + " JOIN documents d ON d.id = e.doc_id ORDER BY d.ingested_at")
                    .rows();
            assertEquals(List.of(List.of(true, "Early"), List.of(false, "Late")), rows);
        }
    }

    @Test
    void theSummaryCountsEventsAndDistinctHappenings() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(report("One", meeting("2024-03-14")));
            store.put(report("Two", meeting("2024-03-14"), meeting("2024-03-20")));
            Summary summary = store.summary(0);
            assertEquals(3, summary.events());
            assertEquals(2, summary.happenings());
        }
    }

    @Test
    void linkingIsDecidedAtPutAndNeverMovesEarlierEvents() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(report("Monday", meeting("2024-03-13")));
            store.put(report("Wednesday", meeting("2024-03-15")));
            store.put(report("Tuesday", meeting("2024-03-14")));
            // Tuesday is within a day of both; it joins one of them, and Monday and Wednesday stay apart.
            assertEquals(
                    List.of(List.of(2L)),
                    longs(store.sql("SELECT count(DISTINCT happening_id) FROM events")
                            .rows()));
        }
    }

    @Test
    void aNearDuplicateCopyOfAStoryReportsTheSameHappenings() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            PutResult original = store.put(Fixtures.summit());
            PutResult copy = store.put(Fixtures.dispatch(1));
            assertEquals(original.storyId(), copy.storyId());
            assertEquals(
                    List.of(List.of("AGREE", 2L, 2L), List.of("CONSULT", 2L, 2L)),
                    longs(store.sql("SELECT type, mentions, documents FROM happenings ORDER BY type")
                            .rows()));
        }
    }

    @Test
    void happeningsListOneRowPerHappeningWithItsMentionsAndArticles() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(report("One", meeting("2024-03-14")));
            store.put(report("Two", meeting("2024-03-14"), meeting("2024-03-20")));
            List<HappeningRow> rows = store.happenings(EventQuery.all());
            assertEquals(
                    List.of("2024-03-20 1/1", "2024-03-14 2/2"),
                    rows.stream()
                            .map(h -> h.event().date() + " " + h.mentions() + "/" + h.documents())
                            .toList());
            assertEquals(2, store.countHappenings(EventQuery.all()));
            assertEquals(3, store.countEvents(EventQuery.all()));
        }
    }

    @Test
    void relationsAndNetworksCountHappeningsOrEvents() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(report("One", meeting("2024-03-14")));
            store.put(report("Two", meeting("2024-03-15")));
            assertEquals(List.of(2L), eventCounts(store.relation(ARG, BRA, Period.MONTH, null, null, Counting.EVENTS)));
            assertEquals(
                    List.of(1L), eventCounts(store.relation(ARG, BRA, Period.MONTH, null, null, Counting.HAPPENINGS)));
            assertEquals(List.of(2L), eventCounts(store.network(null, null, 10, Counting.EVENTS)));
            assertEquals(List.of(1L), eventCounts(store.network(null, null, 10, Counting.HAPPENINGS)));
        }
    }

    private static List<Long> eventCounts(TableResult table) {
        int column = table.columns().indexOf("events");
        return table.rows().stream()
                .map(row -> ((Number) row.get(column)).longValue())
                .toList();
    }

    static List<List<Object>> longs(List<List<Object>> rows) {
        return rows.stream()
                .map(row -> row.stream()
                        .map(v -> v instanceof Number n ? (Object) n.longValue() : v)
                        .toList())
                .toList();
    }
}
