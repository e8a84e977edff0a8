package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read queries behind the HTTP API: paging with totals, document facets, relations and the network. */
class BrowseQueriesTest {
    @TempDir
    Path dataDir;

    AnnalsStore store;
    final List<Document> documents = List.of(Fixtures.summit(), Fixtures.accusation(), Fixtures.dispatch(2));

    @BeforeEach
    void fill() {
        store = AnnalsStore.openForWriting(dataDir);
        documents.forEach(store::put);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private List<Event> events() {
        return documents.stream().flatMap(d -> d.events().stream()).toList();
    }

    @Test
    void pagesOfEventsAddUpToTheTotal() {
        EventQuery all = EventQuery.all();
        List<String> whole = store.events(all).stream().map(EventRow::eventId).toList();
        assertEquals(events().size(), whole.size());
        assertEquals(whole.size(), store.countEvents(all));
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 2) {
            store.events(all.withLimit(2).withOffset(offset)).forEach(row -> paged.add(row.eventId()));
        }
        assertEquals(whole, paged);
        assertThrows(IllegalArgumentException.class, () -> all.withOffset(-1));
    }

    @Test
    void eventsAreFilteredByPlace() {
        EventQuery inMinsk = EventQuery.all().withPlace("mins");
        long expected = events().stream().filter(e -> e.place().equals("Minsk")).count();
        assertEquals(expected, store.countEvents(inMinsk));
        store.events(inMinsk).forEach(row -> assertEquals("Minsk", row.place()));
    }

    @Test
    void documentSearchCountsFacetsOverAllMatches() {
        DocumentPage page = store.documents(new DocumentSearch("Beijing", null, null, "", "", 1, 0));
        long matching =
                documents.stream().filter(d -> d.text().contains("Beijing")).count();
        assertEquals(matching, page.total());
        assertEquals(1, page.documents().rows().size());
        long fromPublisher = page.byPublisher().rows().stream()
                .mapToLong(row -> ((Number) row.get(1)).longValue())
                .sum();
        assertEquals(matching, fromPublisher);

        DocumentPage other = store.documents(new DocumentSearch("", null, null, "other daily", "", 10, 0));
        assertEquals(1, other.total());
        DocumentPage may = store.documents(
                new DocumentSearch("", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31), "", "", 10, 0));
        assertEquals(1, may.total());
        assertThrows(
                IllegalArgumentException.class,
                () -> store.documents(new DocumentSearch("\"unclosed", null, null, "", "", 10, 0)));
    }

    @Test
    void aRelationListsEachPeriodsEventsInEitherDirection() {
        TableResult relation = store.relation(Fixtures.PUTIN, Fixtures.XI, Period.MONTH, null, null);
        Set<String> ids = new HashSet<>();
        long counted = 0;
        for (List<Object> row : relation.rows()) {
            counted += ((Number) row.get(relation.columns().indexOf("events"))).longValue();
            for (Object id : (List<?>) row.get(relation.columns().indexOf("event_ids"))) {
                ids.add((String) id);
            }
        }
        Set<String> expected = new HashSet<>();
        store.events(EventQuery.all().withPair(Fixtures.XI, Fixtures.PUTIN)).forEach(r -> expected.add(r.eventId()));
        assertEquals(expected, ids);
        assertEquals(expected.size(), counted);
        assertTrue(store.relation("person:nobody", Fixtures.XI, Period.DAY, null, null)
                .rows()
                .isEmpty());
    }

    @Test
    void aStoredDocumentsQuotesListTheEventsThatRestOnThem() {
        Document summit = documents.get(0);
        TableResult quotes = store.documentPart(summit.id(), DocumentPart.QUOTES);
        TableResult events = store.documentPart(summit.id(), DocumentPart.EVENTS);
        List<Object> quoted = new ArrayList<>();
        for (List<Object> event : events.rows()) {
            if (event.get(events.columns().indexOf("quote_ord")) != null) {
                quoted.add(event.get(events.columns().indexOf("id")));
            }
        }
        assertEquals(1, quotes.rows().size());
        assertEquals(1, quoted.size(), "the fixture's agreement rests on Putin's words");
        assertEquals(quoted, quotes.rows().get(0).get(quotes.columns().indexOf("event_ids")));
        assertEquals(List.of("AGREE"), quotes.rows().get(0).get(quotes.columns().indexOf("event_types")));
    }

    @Test
    void theNetworkRanksPairsByEvents() {
        TableResult network = store.network(null, null, 10);
        Summary summary = store.summary(10);
        assertEquals(summary.topPairs().size(), network.rows().size());
        for (int i = 0; i < network.rows().size(); i++) {
            assertEquals(
                    summary.topPairs().get(i).events(),
                    ((Number) network.rows().get(i).get(network.columns().indexOf("events"))).longValue());
        }
        assertEquals(1, store.network(null, null, 1).rows().size());
    }

    @Test
    void documentPartsAreEmptyForUnknownIds() {
        assertTrue(
                store.documentPart("0".repeat(64), DocumentPart.DOCUMENT).rows().isEmpty());
        Document summit = documents.get(0);
        assertEquals(
                summit.mentions().size(),
                store.documentPart(summit.id(), DocumentPart.MENTIONS).rows().size());
    }
}
