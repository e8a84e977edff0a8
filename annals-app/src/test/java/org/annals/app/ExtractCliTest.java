package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals extract} shows extraction without NLP: a plain unit test, so it must load no model. */
class ExtractCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    // Loading the CoreNLP models takes far longer than this; extraction of a page takes milliseconds.
    private static final Duration NO_MODELS = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private static CliRun extract(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "extract";
        System.arraycopy(args, 0, all, 1, args.length);
        return assertTimeoutPreemptively(NO_MODELS, () -> CliRun.of(all));
    }

    @Test
    void theExtractionEngineHasNoNlpStage() {
        assertEquals(
                List.of("boilerplate", "language"),
                ExtractCommand.extractionEngine().pipeline().stageNames());
    }

    @Test
    void jsonForASyntheticPage() throws IOException {
        Path page = Repository.root().resolve("annals-extract/src/test/resources/html/appeal-related-cookie.html");
        CliRun run = extract("--format", "json", page.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        JsonNode result = JSON.readTree(lines.get(0));
        assertEquals("annals.extract/1", result.get("schema").asText());
        assertEquals("html", result.get("format").asText());
        JsonNode metadata = result.get("metadata");
        assertEquals(
                "Escape room fire kills five teen girls in Koszalin, Poland",
                metadata.get("title").asText());
        assertEquals("2019-01-05", metadata.get("published").asText());
        assertEquals(
                "https://chronicle.example/escape-room-fire",
                metadata.get("url").asText());
        assertEquals("en-gb", metadata.get("language").asText());
        assertEquals("opengraph", metadata.get("sources").get("title").asText());
        assertEquals("opengraph", metadata.get("sources").get("date").asText());
        assertEquals("html-lang", metadata.get("sources").get("language").asText());

        String text = result.get("text").asText();
        List<String> kinds = new ArrayList<>();
        for (JsonNode block : result.get("blocks")) {
            kinds.add(block.get("kind").asText());
            assertEquals(
                    text.substring(block.get("start").asInt(), block.get("end").asInt()),
                    block.get("text").asText());
        }
        assertTrue(kinds.containsAll(List.of("COOKIE", "APPEAL", "CAPTION", "BODY")), kinds.toString());
        JsonNode cookie = findBlock(result, "COOKIE");
        assertTrue(cookie.get("text").asText().startsWith("This site uses cookies"), cookie.toString());
        assertTrue(!cookie.get("reason").asText().isEmpty(), cookie.toString());
        // No NLP: the extract schema has no analysis arrays at all.
        assertTrue(result.get("events") == null && result.get("actors") == null, result.toString());
    }

    @Test
    void authorsModifiedAndSectionAreCarriedWithTheirSources() throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(
                page,
                "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                        + "\"dateModified\":\"2025-09-03T09:00:00+02:00\",\"articleSection\":\"World\"}</script>"
                        + "</head><body><h1>Harbour budget agreed</h1><p>By Jane Doe and John Roe</p>"
                        + "<p>The council agreed on the harbour budget after a long debate on Tuesday.</p></body></html>",
                StandardCharsets.UTF_8);
        Path text = dir.resolve("note.txt");
        Files.writeString(text, "The council agreed on the harbour budget on Tuesday.", StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("note.json"),
                "{\"authors\": [\"Ann Lee\"], \"modified\": \"2025-09-04\", \"section\": \"Local\"}",
                StandardCharsets.UTF_8);

        CliRun run = extract("--format", "json", page.toString(), text.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        JsonNode fromPage = JSON.readTree(lines.get(0)).get("metadata");
        assertEquals("[\"Jane Doe\",\"John Roe\"]", fromPage.get("authors").toString());
        assertEquals("2025-09-03", fromPage.get("modified").asText());
        assertEquals("World", fromPage.get("section").asText());
        assertEquals("byline", fromPage.get("sources").get("authors").asText());
        assertEquals("json-ld", fromPage.get("sources").get("modified").asText());
        JsonNode fromSidecar = JSON.readTree(lines.get(1)).get("metadata");
        assertEquals("[\"Ann Lee\"]", fromSidecar.get("authors").toString());
        assertEquals("2025-09-04", fromSidecar.get("modified").asText());
        assertEquals("sidecar", fromSidecar.get("sources").get("section").asText());

        CliRun report = extract(page.toString());
        assertTrue(report.out().contains("Jane Doe; John Roe  [byline]"), report.out());
    }

    private static JsonNode findBlock(JsonNode result, String kind) {
        for (JsonNode block : result.get("blocks")) {
            if (block.get("kind").asText().equals(kind)) {
                return block;
            }
        }
        throw new AssertionError("no " + kind + " block");
    }

    @Test
    void textReportShowsFieldOriginsAndBlockClasses() {
        Path page = Repository.root().resolve("annals-extract/src/test/resources/html/nav-share-newsletter.html");
        CliRun run = extract(page.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("[json-ld]"), run.out());
        assertTrue(run.out().contains("[body] "), run.out());
        assertTrue(run.out().contains("[newsletter ("), run.out());
    }

    @Test
    void legacyEncodedTextIsDecodedAndItsLanguageFound() throws IOException {
        Path ru = Files.write(
                dir.resolve("ru.txt"), LanguageSkipIT.RUSSIAN.getBytes(java.nio.charset.Charset.forName("KOI8-R")));
        Path fr = Files.write(
                dir.resolve("fr.txt"),
                ("Le gouvernement a annoncé lundi de nouvelles mesures pour soutenir les agriculteurs après une"
                                + " sécheresse qui a détruit une partie des récoltes.")
                        .getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = extract("--format", "json", ru.toString(), fr.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        JsonNode russian = JSON.readTree(lines.get(0));
        assertEquals(LanguageSkipIT.RUSSIAN, russian.get("text").asText());
        assertEquals("ru", russian.get("metadata").get("language").asText());
        assertEquals(
                "detected",
                russian.get("metadata").get("sources").get("language").asText());
        assertEquals(
                "KOI8-R (sniffed)",
                russian.get("metadata").get("sources").get("charset").asText());
        JsonNode french = JSON.readTree(lines.get(1));
        assertTrue(french.get("text").asText().startsWith("Le gouvernement a annoncé lundi"), french.toString());
        assertEquals("fr", french.get("metadata").get("language").asText());
        assertEquals(
                "windows-1252 (sniffed)",
                french.get("metadata").get("sources").get("charset").asText());
    }

    @Test
    void jsonLinesRecordsWithHtmlAreExtracted() throws IOException {
        Path jsonl = dir.resolve("pages.jsonl");
        Files.writeString(
                jsonl,
                "{\"id\":\"p1\",\"html\":\"<html><body><p>First paragraph of the page.</p></body></html>\","
                        + "\"date\":\"2024-05-01\"}\n",
                StandardCharsets.UTF_8);
        CliRun run = extract("--format", "json", jsonl.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        JsonNode result = JSON.readTree(run.out().lines().findFirst().orElseThrow());
        assertEquals(jsonl + "#p1", result.get("source").asText());
        assertEquals("2024-05-01", result.get("metadata").get("published").asText());
        assertEquals("record", result.get("metadata").get("sources").get("date").asText());
        assertEquals("First paragraph of the page.", result.get("text").asText());
    }

    @Test
    void badInputIsReportedAndTheRestGoesOn() throws IOException {
        Path empty = Files.createFile(dir.resolve("a-empty.txt"));
        Path good = Files.writeString(dir.resolve("b-good.txt"), "A line of text.", StandardCharsets.UTF_8);
        CliRun run = extract("--format", "json", empty.toString(), good.toString());
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains(empty + ": empty file"), run.err());
        assertEquals(2, run.out().lines().count(), run.out());
    }
}
