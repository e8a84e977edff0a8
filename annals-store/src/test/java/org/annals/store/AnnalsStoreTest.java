package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Location;
import org.annals.core.Modality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnalsStoreTest {
    @TempDir
    Path dataDir;

    private AnnalsStore store;
    private final Document summit = Fixtures.summit();
    private final Document accusation = Fixtures.accusation();

    @BeforeEach
    void fill() {
        store = AnnalsStore.openForWriting(dataDir);
        assertEquals(PutResult.stored(summit.id()), store.put(summit));
        assertEquals(PutResult.stored(accusation.id()), store.put(accusation));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void puttingTheSameDocumentAgainIsReportedAndChangesNothing() {
        Summary before = store.summary(5);
        PutResult again = store.put(summit);
        assertEquals(PutResult.Status.DUPLICATE, again.status());
        assertEquals(summit.id(), again.docId());
        assertEquals(before, store.summary(5));
        assertTrue(store.contains(summit.id()));
        assertFalse(store.contains("0".repeat(64)));
    }

    @Test
    void aCappedCountStopsOneAfterTheCapAndIsExactBelowIt() {
        store.put(Fixtures.bulk(1, 3, 12));
        long all = store.countEvents(EventQuery.all());
        assertTrue(all > 12, "events stored: " + all);
        assertEquals(all, store.countEventsUpTo(EventQuery.all(), all));
        assertEquals(all, store.countEventsUpTo(EventQuery.all(), 10_000));
        assertEquals(6, store.countEventsUpTo(EventQuery.all(), 5));
        EventQuery putin = EventQuery.all().withActor("putin");
        assertEquals(store.countEvents(putin), store.countEventsUpTo(putin, 10_000));
    }

    @Test
    void eventsCarryActorNamesPlaceEvidenceAndDocument() {
        List<EventRow> rows = store.events(EventQuery.all().withType("consult").withActor("xi"));
        assertEquals(1, rows.size());
        EventRow meet = rows.get(0);
        assertEquals(List.of("Xi Jinping"), meet.sources());
        assertEquals(List.of("Vladimir Putin"), meet.targets());
        assertEquals(List.of(Fixtures.PUTIN), meet.targetIds());
        assertEquals("2025-09-02", meet.date());
        assertEquals("visit", meet.mode());
        assertEquals("ASSERTED", meet.modality());
        assertEquals("Beijing", meet.place());
        assertTrue(meet.evidence().startsWith("Chinese President Xi Jinping met"), meet.evidence());
        assertEquals("Xi and Putin meet in Beijing", meet.title());
        assertEquals("https://example.org/summit", meet.url());
        assertEquals(summit.id(), meet.docId());
    }

    @Test
    void eventsAreFoundByActorIdOrNameInEitherRole() {
        assertEquals(4, store.events(EventQuery.all().withActor("PUTIN")).size());
        assertEquals(4, store.events(EventQuery.all().withActor(Fixtures.PUTIN)).size());
        assertEquals(
                1, store.events(EventQuery.all().withActor("north atlantic")).size());
        assertEquals(1, store.events(EventQuery.all().withActor("blr")).size());
        assertEquals(0, store.events(EventQuery.all().withActor("merkel")).size());
        assertEquals(0, store.events(EventQuery.all().withActor("uti")).size(), "names match by whole words only");
    }

    @Test
    void pairFilterMatchesBothDirectionsAndOnlyThePair() {
        List<EventRow> rows = store.events(EventQuery.all().withPair("xi", "putin"));
        assertEquals(
                List.of("AGREE", "CONSULT"),
                rows.stream().map(EventRow::type).sorted().toList());
        assertEquals(2, store.events(EventQuery.all().withPair("Putin", "Xi")).size());
        assertEquals(
                List.of("ACCUSE"),
                store.events(EventQuery.all().withPair("nato", "putin")).stream()
                        .map(EventRow::type)
                        .toList());
        assertEquals(0, store.events(EventQuery.all().withPair("xi", "nato")).size());
    }

    @Test
    void modalityTextAndLimitFilter() {
        List<EventRow> future = store.events(EventQuery.all().withModality(Modality.FUTURE));
        assertEquals(1, future.size());
        assertEquals("Minsk", future.get(0).place());
        assertEquals(1, store.events(EventQuery.all().withText("PROVOCATIONS")).size());
        assertEquals(3, store.events(EventQuery.all().withLimit(3)).size());
    }

    @Test
    void dateRangeUsesPartialEventDatesAndFallsBackToPublication() {
        // The AGREE event is dated only to the month 2025-09, so a range inside that month still finds it.
        List<EventRow> mid = store.events(
                EventQuery.all().withFrom(LocalDate.of(2025, 9, 10)).withTo(LocalDate.of(2025, 9, 20)));
        // The day-dated meeting on 2025-09-02 is outside; the month-dated AGREE and the year-dated visit overlap.
        assertEquals(
                List.of("AGREE 2025-09", "CONSULT 2025"),
                mid.stream().map(row -> row.type() + " " + row.date()).sorted().toList());
        List<EventRow> spring2024 =
                store.events(EventQuery.all().withFrom(LocalDate.of(2024, 5, 1)).withTo(LocalDate.of(2024, 5, 31)));
        assertEquals(List.of("ACCUSE"), spring2024.stream().map(EventRow::type).toList());
        List<EventRow> newest = store.events(EventQuery.all().withFrom(LocalDate.of(2025, 9, 1)));
        assertEquals(3, newest.size(), "the month, the day and the year 2025 all reach into September");
    }

    @Test
    void quotesBySpeakerTextAndDate() {
        List<QuoteRow> putin = store.quotes(QuoteQuery.all().withSpeaker("putin"));
        assertEquals(1, putin.size());
        assertEquals("We agreed on energy cooperation.", putin.get(0).text());
        assertEquals("Vladimir Putin", putin.get(0).speakerName());
        assertEquals("DIRECT", putin.get(0).kind());
        assertEquals("say", putin.get(0).cue());
        assertEquals(2, store.quotes(QuoteQuery.all()).size());
        assertEquals(1, store.quotes(QuoteQuery.all().withText("minsk")).size());
        assertEquals("", store.quotes(QuoteQuery.all().withText("minsk")).get(0).speakerName());
    }

    @Test
    void aQuoteNamesTheEventsThatRestOnIt() {
        QuoteRow putin = store.quotes(QuoteQuery.all().withSpeaker("putin")).get(0);
        List<String> agreements = store.events(EventQuery.all().withType("AGREE")).stream()
                .filter(row -> row.docId().equals(putin.docId()))
                .map(EventRow::eventId)
                .toList();
        assertEquals(1, agreements.size());
        assertEquals(agreements, putin.eventIds());
        assertEquals(List.of("AGREE"), putin.eventTypes());
        QuoteRow unattributed = store.quotes(QuoteQuery.all().withText("minsk")).get(0);
        assertEquals(List.of(), unattributed.eventIds(), "no event rests on the aide's remark");
        assertEquals(
                1,
                store.quotes(QuoteQuery.all().withTo(LocalDate.of(2024, 12, 31)))
                        .size());
        assertEquals(0, store.quotes(QuoteQuery.all().withSpeaker("xi")).size());
    }

    @Test
    void actorsAreCountedAcrossDocuments() {
        List<ActorRow> rows = store.actors(ActorQuery.all());
        ActorRow first = rows.get(0);
        assertEquals(Fixtures.PUTIN, first.id(), "the actor in most documents comes first");
        assertEquals(2, first.documents());
        assertEquals(3, first.mentions());
        assertEquals(4, first.events());
        assertEquals("RUS", first.country());
        assertEquals("president", first.role());
        assertEquals(
                List.of(Fixtures.XI),
                store.actors(ActorQuery.all().withCountry("chn")).stream()
                        .map(ActorRow::id)
                        .toList());
        assertEquals(
                List.of(Fixtures.NATO),
                store.actors(ActorQuery.all().withKind(ActorKind.IGO)).stream()
                        .map(ActorRow::id)
                        .toList());
        assertEquals(1, store.actors(ActorQuery.all().withName("jinping")).size());
    }

    @Test
    void idsWithoutActorRecordsStillAppearAsActors() {
        ActorRow belarus = store.actors(ActorQuery.all().withName("blr")).get(0);
        assertEquals("Minsk", belarus.name(), "named after its literal mention");
        assertEquals(1, belarus.events());
        ActorRow china = store.actors(ActorQuery.all().withName("chn")).stream()
                .filter(a -> a.id().equals("CHN"))
                .findFirst()
                .orElseThrow();
        assertEquals("CHN", china.name(), "a metonymic mention does not name the actor");
    }

    @Test
    void summaryCountsEverythingAndRanksPairs() {
        Summary summary = store.summary(2);
        assertEquals(2, summary.documents());
        assertEquals(8, summary.mentions());
        assertEquals(4, summary.events());
        assertEquals(2, summary.quotes());
        assertEquals(5, summary.actors());
        Summary.PairCount top = summary.topPairs().get(0);
        assertEquals(2, top.events());
        assertEquals(List.of("Vladimir Putin", "Xi Jinping"), List.of(top.firstName(), top.secondName()));
        assertEquals(2, summary.topPairs().size());
    }

    @Test
    void searchFindsStemmedWordsWithASnippetAndIgnoresAppeals() {
        List<SearchHit> hits = store.search("agreement", 10);
        assertEquals(1, hits.size());
        assertEquals(summit.id(), hits.get(0).docId());
        assertEquals("Xi and Putin meet in Beijing", hits.get(0).title());
        assertTrue(hits.get(0).snippet().contains("20 agreements"), hits.get(0).snippet());
        assertTrue(store.search("donate", 10).isEmpty(), "the donation appeal is not article text");
        assertEquals(
                1,
                store.search("provocations OR cooperation", 10).stream()
                        .filter(h -> h.docId().equals(accusation.id()))
                        .count());
        assertEquals(1, store.search("published:[2024-01-01 TO 2024-12-31]", 10).size());
    }

    @Test
    void badSearchSyntaxIsExplained() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> store.search("\"unclosed phrase", 10));
        assertTrue(e.getMessage().contains("cannot read the search query"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> store.search("  ", 10));
    }

    @Test
    void symmetricEventsPairEachActorWithTheOtherButNeverWithItself() {
        Document summit = Fixtures.summit();
        Event meet = summit.events().get(0);
        List<String> both = List.of(Fixtures.XI, Fixtures.PUTIN);
        Event mutual = new Event(
                "m1",
                meet.type(),
                meet.mode(),
                both,
                both,
                meet.date(),
                meet.dateGranularity(),
                meet.place(),
                meet.placeId(),
                meet.modality(),
                meet.intensity(),
                meet.confidence(),
                meet.evidence(),
                meet.trigger(),
                meet.rule(),
                meet.quantities(),
                List.of(),
                Location.NONE,
                null);
        Document doc = new Document(
                        "symmetric-doc",
                        summit.provenance(),
                        summit.metadata(),
                        summit.text(),
                        summit.layers(),
                        summit.blocks(),
                        summit.sentences(),
                        summit.tokens(),
                        summit.mentions(),
                        summit.actors(),
                        summit.times(),
                        summit.quantities(),
                        summit.quotes(),
                        List.of(),
                        List.of())
                .withEvents(List.of(mutual));
        store.put(doc);
        TableResult pairs = store.sql(
                "SELECT source_id, target_id FROM event_pairs WHERE doc_id = 'symmetric-doc'" + " ORDER BY source_id");
        assertEquals(List.of(List.of(Fixtures.PUTIN, Fixtures.XI), List.of(Fixtures.XI, Fixtures.PUTIN)), pairs.rows());
    }

    @Test
    void sqlReturnsPlainValuesAndTheEventPairsView() {
        TableResult result =
                store.sql("SELECT source_name, target_name, type FROM event_pairs WHERE type = 'ACCUSE'; ");
        assertEquals(List.of("source_name", "target_name", "type"), result.columns());
        assertEquals(List.of(List.of("Vladimir Putin", "NATO", "ACCUSE")), result.rows());
        TableResult typed = store.sql("SELECT published, problems FROM documents WHERE published < DATE '2025-01-01'");
        assertEquals(LocalDate.of(2024, 5, 16), typed.rows().get(0).get(0));
        assertEquals(
                List.of("times: could not resolve 'next year'"),
                typed.rows().get(0).get(1));
        TableResult limited = store.sql("SELECT * FROM mentions", 3);
        assertEquals(3, limited.rows().size());
        assertTrue(limited.truncated());
    }

    @Test
    void sqlOnTheWritingStoreRefusesWritesToo() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> store.sql("DELETE FROM documents"));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertEquals(2, store.summary(0).documents());
    }

    @Test
    void aBadSqlQueryGivesDuckDbsReason() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> store.sql("SELECT nothing FROM documents"));
        assertTrue(e.getMessage().startsWith("SQL error:"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing"), e.getMessage());
    }

    @Test
    void badQuerySettingsAreRejectedWithTheValue() {
        IllegalArgumentException limit = assertThrows(
                IllegalArgumentException.class, () -> EventQuery.all().withLimit(0));
        assertTrue(limit.getMessage().contains("got 0"), limit.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> QuoteQuery.all().withFrom(LocalDate.of(2025, 2, 1)).withTo(LocalDate.of(2025, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> store.summary(-1));
    }

    @Test
    void actorDetailsFromLaterDocumentsAreMergedNotLost() {
        Document sparse = Fixtures.bulk(7, 0, 0)
                .withActors(
                        List.of(new org.annals.core.Actor(
                                Fixtures.XI, "", ActorKind.PERSON, "", "", "", List.of("President Xi"), List.of())),
                        List.of());
        store.put(sparse);
        ActorRow xi = store.actors(ActorQuery.all().withName("jinping")).get(0);
        assertEquals("Xi Jinping", xi.name());
        assertEquals("CHN", xi.country());
        assertEquals(List.of("President Xi", "Xi"), xi.aliases());
    }
}
