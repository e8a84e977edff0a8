package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Layer;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceReader;
import org.annals.ingest.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Russian article in a legacy encoding is decoded, identified as Russian, kept out of the English analysis, and
 * still stored and searchable; an English article next to it is analysed in full.
 */
class LanguageSkipIT {
    static final String RUSSIAN = "Правительство объявило в понедельник о новых мерах поддержки фермеров после"
            + " засухи, которая уничтожила часть урожая. Министр сельского хозяйства заявил, что помощь получат"
            + " все регионы, пострадавшие от жары.";
    static final String ENGLISH = "The French government announced new measures on Monday to support farmers after a"
            + " drought destroyed part of the harvest. Agriculture minister Marc Fesneau said in Paris that every"
            + " region hit by the heat would get help.";

    @TempDir
    Path work;

    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.write(corpus.resolve("ru.txt"), RUSSIAN.getBytes(Charset.forName("windows-1251")));
        Files.writeString(corpus.resolve("en.txt"), ENGLISH, StandardCharsets.UTF_8);
        return corpus;
    }

    @Test
    void russianDocumentSkipsTheEnglishStagesButKeepsItsTextAndLanguage() throws IOException {
        Path file = corpus().resolve("ru.txt");
        List<SourceItem> items;
        try (var stream = new SourceReader().read(List.of(file))) {
            items = stream.toList();
        }
        SourceRecord record = (SourceRecord) items.get(0);
        Document document = Engines.shared().analyse(record);
        assertEquals("ru", document.metadata().language());
        assertEquals(RUSSIAN, document.text());
        assertTrue(document.provenance().metadataSources().contains("charset=windows-1251 (sniffed)"));
        assertTrue(document.provenance().metadataSources().contains("language=detected"));
        assertFalse(document.blocks().isEmpty());
        assertTrue(document.tokens().isEmpty());
        assertFalse(document.has(Layer.TOKENS));
        assertTrue(document.events().isEmpty());
        assertTrue(document.problems().isEmpty(), document.problems().toString());
        assertTrue(Engines.shared().skippedByLanguage(document));
    }

    @Test
    void ingestStoresItCountsItAsSkippedAndSearchFindsIt() throws IOException {
        Path data = work.resolve("data");
        CliRun ingest = CliRun.of("ingest", "--no-progress", "--data-dir", data.toString(), corpus().toString());
        assertEquals(Main.OK, ingest.exitCode(), ingest.err());
        assertTrue(ingest.out().contains("Stored 2 new documents"), ingest.out());
        assertTrue(
                ingest.out().contains("1 document not in English (ru 1): stored with their text and language"),
                ingest.out());

        CliRun languages = CliRun.of(
                "sql",
                "SELECT d.language, (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events,"
                        + " (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id) AS mentions,"
                        + " (SELECT count(*) FROM times t WHERE t.doc_id = d.id) AS times"
                        + " FROM documents d ORDER BY d.language",
                "--format",
                "csv",
                "--data-dir",
                data.toString());
        assertEquals(Main.OK, languages.exitCode(), languages.err());
        List<String> rows = languages.out().replace("\r", "").lines().toList();
        assertEquals("language,events,mentions,times", rows.get(0));
        assertTrue(rows.get(1).startsWith("en,"), rows.toString());
        assertFalse(rows.get(1).endsWith(",0,0"), "the English article is analysed: " + rows);
        assertEquals("ru,0,0,0", rows.get(2));

        CliRun search = CliRun.of("search", "засухи", "--data-dir", data.toString());
        assertEquals(Main.OK, search.exitCode(), search.err());
        assertTrue(search.out().contains("(1 row)"), search.out());
    }

    @Test
    void analyzeSaysHowManyWereSkipped() throws IOException {
        CliRun run = CliRun.of("analyze", corpus().toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("language: ru (not English"), run.out());
        assertTrue(run.out().contains("1 document not in English (ru 1)"), run.out());
    }
}
