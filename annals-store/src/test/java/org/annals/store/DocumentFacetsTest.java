package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Document;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document search answered from the full-text index's doc values gives what the SQL over the tables gives: the same
 * totals, pages and facets, for queries and filters alike.
 */
class DocumentFacetsTest {
    @TempDir
    Path dataDir;

    private static List<Document> documents() {
        List<Document> documents = new ArrayList<>(List.of(Fixtures.summit(), Fixtures.accusation()));
        for (int i = 1; i <= 3; i++) {
            documents.add(Fixtures.dispatch(i));
        }
        for (int seed = 0; seed < 4; seed++) {
            documents.add(Fixtures.bulk(seed, 2 + seed, 1 + seed));
        }
        documents.add(Fixtures.report(
                "Talks on grain in Geneva",
                LocalDate.of(2025, 3, 4),
                List.of(
                        new Fixtures.Reported("CONSULT", List.of(Fixtures.PUTIN), List.of(Fixtures.XI), "", ""),
                        new Fixtures.Reported("PROTEST", List.of("UKR"), List.of(Fixtures.PUTIN), "", ""),
                        new Fixtures.Reported("CONSULT", List.of(Fixtures.NATO), List.of("UKR"), "", ""))));
        documents.add(Fixtures.report(
                "Undated talks on grain",
                null,
                List.of(new Fixtures.Reported("ACCUSE", List.of("UKR"), List.of(), "", ""))));
        return documents;
    }

    private static List<DocumentSearch> searches() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 6, 30);
        return List.of(
                new DocumentSearch("", null, null, "", "", 5, 0),
                new DocumentSearch("", null, null, "", "", 5, 5),
                new DocumentSearch("", null, null, "example wire", "", 10, 0),
                new DocumentSearch("", from, to, "", "", 10, 0),
                new DocumentSearch("", null, to, "", "putin", 10, 0),
                new DocumentSearch("", null, null, "", Fixtures.XI, 10, 0),
                new DocumentSearch("", null, null, "", "nobody at all", 10, 0),
                new DocumentSearch("", null, null, "", "", 10, 0, "CONSULT"),
                new DocumentSearch("Putin", null, null, "", "", 10, 0),
                new DocumentSearch("Putin", null, null, "", "", 2, 1),
                new DocumentSearch("Beijing OR town OR grain", null, null, "", "", 4, 0),
                new DocumentSearch("Beijing OR town OR grain", null, null, "", "", 4, 4),
                new DocumentSearch("Putin", null, null, "", "", 10, 0, "ACCUSE"),
                new DocumentSearch("Putin OR grain", null, null, "", "xi", 10, 0),
                new DocumentSearch("Putin OR grain", null, null, "OTHER DAILY", "", 10, 0),
                new DocumentSearch("Putin OR grain OR town", from, null, "", "", 10, 0),
                new DocumentSearch("grain", null, null, "no such publisher", "", 10, 0),
                new DocumentSearch("nothingmatchesthis", null, null, "", "", 10, 0));
    }

    @Test
    void theIndexAnswersAsTheTablesDo() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            documents().forEach(store::put);
            boolean anyFacets = false;
            for (DocumentSearch search : searches()) {
                DocumentPage fromIndex = store.documents(search);
                assertSamePage(store.documentsFromDatabase(search), fromIndex, search);
                anyFacets |= !fromIndex.byActor().rows().isEmpty()
                        && !fromIndex.byEventType().rows().isEmpty();
            }
            assertTrue(anyFacets, "no search had actor and event type facets to compare");
        }
    }

    @Test
    void aSearchWithAQueryHasASnippetPerDocumentOfThePage() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            documents().forEach(store::put);
            DocumentPage page = store.documents(new DocumentSearch("Beijing", null, null, "", "", 10, 0));
            assertFalse(page.documents().rows().isEmpty());
            for (List<Object> row : page.documents().rows()) {
                assertTrue(
                        page.snippets().get((String) row.get(0)).contains("Beijing"),
                        page.snippets().toString());
            }
            assertTrue(store.documents(new DocumentSearch("", null, null, "", "", 10, 0))
                    .snippets()
                    .isEmpty());
        }
    }

    @Test
    void anIndexFromBeforeFacetsIsUsedReadOnlyAndRebuiltForWriting() throws IOException {
        List<DocumentPage> expected = new ArrayList<>();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            documents().forEach(store::put);
            for (DocumentSearch search : searches()) {
                expected.add(store.documents(search));
            }
        }
        writeIndexWithoutFacets(documents());

        try (AnnalsStore reader = AnnalsStore.openReadOnly(dataDir)) {
            for (int i = 0; i < searches().size(); i++) {
                assertSamePage(
                        expected.get(i),
                        reader.documents(searches().get(i)),
                        searches().get(i));
            }
        }
        try (AnnalsStore writer = AnnalsStore.openForWriting(dataDir)) {
            for (int i = 0; i < searches().size(); i++) {
                DocumentSearch search = searches().get(i);
                DocumentPage rebuilt = writer.documents(search);
                // Rebuilt in id order, documents of equal score may rank in another order than when first stored.
                assertSameFacets(expected.get(i), rebuilt, search);
                assertSamePage(writer.documentsFromDatabase(search), rebuilt, search);
            }
        }
        try (FSDirectory directory = FSDirectory.open(dataDir.resolve(FullTextIndex.DIRECTORY))) {
            assertEquals(
                    Integer.toString(FullTextIndex.VERSION),
                    SegmentInfos.readLatestCommit(directory).getUserData().get(FullTextIndex.VERSION_KEY));
        }
    }

    /** The index as version 1 wrote it: searchable fields, no doc values, no version in the commit. */
    private void writeIndexWithoutFacets(List<Document> documents) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dataDir.resolve(FullTextIndex.DIRECTORY));
                IndexWriter writer = new IndexWriter(
                        directory,
                        new IndexWriterConfig(new EnglishAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Document doc : documents) {
                List<StoredText.StoredBlock> blocks = doc.blocks().stream()
                        .map(b -> new StoredText.StoredBlock(
                                b.kind(), b.span().start(), b.span().end()))
                        .toList();
                org.apache.lucene.document.Document lucene = new org.apache.lucene.document.Document();
                lucene.add(new StringField(FullTextIndex.ID, doc.id(), Field.Store.YES));
                lucene.add(new TextField(FullTextIndex.TITLE, doc.metadata().title(), Field.Store.YES));
                lucene.add(new TextField(FullTextIndex.TEXT, StoredText.article(doc.text(), blocks), Field.Store.NO));
                lucene.add(new TextField(FullTextIndex.PUBLISHER, doc.metadata().publisher(), Field.Store.NO));
                writer.addDocument(lucene);
            }
            writer.commit();
        }
    }

    private static void assertSamePage(DocumentPage expected, DocumentPage actual, DocumentSearch search) {
        assertEquals(expected.documents(), actual.documents(), "page of " + search);
        assertEquals(expected.snippets(), actual.snippets(), "snippets of " + search);
        assertSameFacets(expected, actual, search);
    }

    private static void assertSameFacets(DocumentPage expected, DocumentPage actual, DocumentSearch search) {
        String what = search.toString();
        assertEquals(expected.total(), actual.total(), "total of " + what);
        assertEquals(expected.byPublisher(), actual.byPublisher(), "publishers of " + what);
        assertEquals(expected.byMonth(), actual.byMonth(), "months of " + what);
        assertEquals(expected.byActor(), actual.byActor(), "actors of " + what);
        assertEquals(expected.byEventType(), actual.byEventType(), "event types of " + what);
    }
}
