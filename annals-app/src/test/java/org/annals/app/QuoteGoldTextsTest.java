package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.ingest.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quote gold articles find their text in the corpus their {@code texts} field names, Wikinews by default. */
class QuoteGoldTextsTest {
    @TempDir
    Path home;

    @Test
    void anArticleNamingACorpusIsReadFromItAndOthersFromWikinewsWithTheirDate() throws IOException {
        Path wikinews = write(
                "wikinews.jsonl",
                "{\"id\": \"wn-1\", \"date\": \"2020-01-02\", \"title\": \"T\", \"text\": \"He said so.\"}\n");
        write("releases/docs.jsonl", "{\"id\": \"REL-1\", \"text\": \"The minister said:\\n\\nI condemn it.\"}\n");
        Path gold = write(
                "quotes.jsonl",
                "{\"doc_id\": \"REL-1\", \"texts\": \"releases/docs.jsonl\", \"quotes\": []}\n"
                        + "{\"doc_id\": \"wn-1\", \"quotes\": []}\n");

        Map<String, SourceRecord> records = QuoteGoldTexts.read(home, gold, wikinews, Set.of("REL-1", "wn-1"));

        assertEquals("The minister said:\n\nI condemn it.", records.get("REL-1").content());
        assertEquals("He said so.", records.get("wn-1").content());
        assertEquals(LocalDate.of(2020, 1, 2), records.get("wn-1").metadata().published());
    }

    @Test
    void anIdMissingFromItsCorpusIsNamedBeforeAnyArticleIsAnalysed() throws IOException {
        write("releases/docs.jsonl", "{\"id\": \"REL-1\", \"text\": \"The minister spoke.\"}\n");
        Path gold =
                write("quotes.jsonl", "{\"doc_id\": \"REL-7\", \"texts\": \"releases/docs.jsonl\", \"quotes\": []}\n");

        UserException error = assertThrows(
                UserException.class,
                () -> QuoteGoldTexts.read(home, gold, home.resolve("wikinews.jsonl"), Set.of("REL-7")));

        assertTrue(error.getMessage().contains("REL-7 (not in releases/docs.jsonl)"), error.getMessage());
    }

    @Test
    void aLineWithoutTextsPointsToWikinews() throws IOException {
        Path gold = write("quotes.jsonl", "{\"doc_id\": \"wn-1\", \"quotes\": []}\n");

        assertEquals(List.of(new GoldTexts.Where("wn-1", GoldTexts.WIKINEWS)), QuoteGoldTexts.wheres(gold));
    }

    private Path write(String name, String lines) throws IOException {
        Path file = home.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
