package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Span;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The further tellings of an event's happening are stored with it, read back in text order, and survive upgrades. */
class EventMentionsStoreTest {
    @TempDir
    Path dataDir;

    /** The summit whose meeting is told again in the sentences after its own, last one first. */
    private static Document toldThrice() {
        return toldThrice(Fixtures.summit());
    }

    private static Document toldThrice(Document summit) {
        Event meeting = summit.events().stream()
                .filter(e -> e.type().equals("CONSULT"))
                .findFirst()
                .orElseThrow();
        int second = summit.text().indexOf("Putin said");
        int third = summit.text().indexOf("The two sides");
        Span secondSentence = new Span(second, third - 1);
        Span thirdSentence = new Span(third, summit.text().indexOf("\n", third));
        Event retold = meeting.withMention(thirdSentence).withMention(secondSentence);
        List<Event> events =
                summit.events().stream().map(e -> e == meeting ? retold : e).toList();
        return summit.withEvents(events);
    }

    private static Map<String, Object> mention(Document doc, int start, int end) {
        return Map.of("start", start, "end", end, "text", doc.text().substring(start, end));
    }

    @Test
    void furtherTellingsAreStoredAndReadBackInTextOrder() {
        Document doc = toldThrice();
        Event meeting = doc.events().stream()
                .filter(e -> e.type().equals("CONSULT"))
                .findFirst()
                .orElseThrow();
        Span second = meeting.mentions().get(0);
        Span third = meeting.mentions().get(1);
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(doc);
            assertEquals(
                    List.of(
                            List.of(
                                    List.of(second.of(doc.text()), third.of(doc.text())),
                                    List.of(second.start(), third.start()),
                                    List.of(second.end(), third.end())),
                            List.of(List.of(), List.of(), List.of())),
                    store.sql("SELECT mentions, mention_starts, mention_ends FROM events ORDER BY type DESC")
                            .rows());
            TableResult part = store.documentPart(doc.id(), DocumentPart.EVENTS);
            int column = part.columns().indexOf("mentions");
            List<Object> read = new ArrayList<>();
            part.rows().forEach(row -> read.add(row.get(column)));
            assertEquals(
                    List.of(List.of(
                            mention(doc, second.start(), second.end()), mention(doc, third.start(), third.end()))),
                    read.stream().filter(m -> !((List<?>) m).isEmpty()).toList());
        }
    }

    @Test
    void exportedEventsListTheirFurtherTellings() throws IOException {
        Document doc = toldThrice();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(doc);
            List<String> columns = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            store.export(ExportQuery.all(ExportTable.EVENTS), new ExportSink() {
                @Override
                public void start(List<String> names) {
                    columns.addAll(names);
                }

                @Override
                public void row(List<Object> values) {
                    rows.add(values);
                }
            });
            List<Integer> counts = rows.stream()
                    .map(row -> ((List<?>) row.get(columns.indexOf("mentions"))).size())
                    .sorted()
                    .toList();
            assertEquals(List.of(0, 2), counts);
        }
    }

    @Test
    void aVersionSixStoreKeepsItsEventsWithNoMentionsAndStoresThemForNewDocuments() throws Exception {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.summit());
        }
        try (Connection connection = Database.open(dataDir, false);
                Statement statement = connection.createStatement()) {
            OlderSchemas.dropEventMentions(statement);
            statement.execute("UPDATE annals_meta SET value = '6' WHERE key = 'schema_version'");
        }
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            assertEquals(
                    List.of(List.of("AGREE", 0L), List.of("CONSULT", 0L)),
                    store.sql("SELECT type, len(mentions)::BIGINT FROM events ORDER BY type")
                            .rows());
            store.put(toldThrice(Fixtures.dispatch(1)));
            assertEquals(
                    List.of(List.of(0L), List.of(0L), List.of(0L), List.of(2L)),
                    store.sql("SELECT len(mentions)::BIGINT FROM events ORDER BY 1")
                            .rows());
            assertEquals(
                    List.of(List.of(String.valueOf(Schema.VERSION))),
                    store.sql("SELECT value FROM annals_meta WHERE key = 'schema_version'")
                            .rows());
        }
    }

    private static List<EventMention> tellings(Document doc) {
        Event meeting = doc.events().stream()
                .filter(e -> e.type().equals("CONSULT"))
                .findFirst()
                .orElseThrow();
        return meeting.mentions().stream()
                .map(span -> new EventMention(span.start(), span.end(), span.of(doc.text())))
                .toList();
    }

    private static List<List<EventMention>> listed(AnnalsStore store) {
        return store.events(EventQuery.all()).stream()
                .sorted(Comparator.comparing(EventRow::type))
                .map(EventRow::mentions)
                .toList();
    }

    @Test
    void eventListingsFromTheIndexCarryTheFurtherTellingsAsSqlDoes() throws Exception {
        Document doc = toldThrice();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(doc);
            assertTrue(store.eventReads().hasIndex());
            assertEquals(List.of(List.of(), tellings(doc)), listed(store));
            assertEquals(store.sqlEventReads().events(EventQuery.all()), store.events(EventQuery.all()));
        }
        try (AnnalsStore store = AnnalsStore.openReadOnly(dataDir)) {
            assertTrue(store.eventReads().hasIndex());
            assertEquals(List.of(List.of(), tellings(doc)), listed(store));
        }
    }

    @Test
    void anIndexOfTheLayoutBeforeTellingsIsRebuiltWithThem() throws IOException {
        Document doc = toldThrice();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(doc);
        }
        // The index as the previous layout left it: no tellings stored, so it must not answer.
        try (var directory = FSDirectory.open(dataDir.resolve(EventIndex.DIRECTORY));
                var writer = new IndexWriter(directory, new IndexWriterConfig().setIndexSort(IndexedEventPage.ORDER))) {
            writer.setLiveCommitData(Map.of("annals.event-index.layout", "6").entrySet());
            writer.commit();
        }
        try (AnnalsStore store = AnnalsStore.openReadOnly(dataDir)) {
            assertFalse(store.eventReads().hasIndex(), "an index of the previous layout must not answer");
            assertEquals(List.of(List.of(), tellings(doc)), listed(store));
        }
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            assertTrue(store.eventReads().hasIndex());
            assertEquals(List.of(List.of(), tellings(doc)), listed(store));
        }
    }
}
