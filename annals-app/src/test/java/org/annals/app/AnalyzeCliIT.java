package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `annals analyze` as a user runs it: text and JSON output, metadata flags, JSON Lines in and out. */
class AnalyzeCliIT {
    @TempDir
    Path dir;

    @Test
    void jsonLinesInGiveOneVersionedResultPerLineInOrder() throws IOException {
        List<String> lines = Files.readAllLines(Repository.wikinews(), StandardCharsets.UTF_8)
                .subList(10, 13);
        Path input = Files.write(dir.resolve("three.data"), lines, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("analyze", "--input-format", "jsonl", "--format", "json", input.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        List<String> out = run.out().lines().toList();
        assertEquals(3, out.size(), run.out());
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < 3; i++) {
            JsonNode result = mapper.readTree(out.get(i));
            JsonNode record = mapper.readTree(lines.get(i));
            assertEquals(DocumentJson.SCHEMA, result.get("schema").asText());
            assertEquals(
                    record.get("date").asText(),
                    result.get("metadata").get("published").asText());
            assertTrue(result.get("source")
                    .asText()
                    .endsWith("#" + record.get("id").asText()));
            assertTrue(result.get("events").isArray() && result.get("actors").size() > 0, out.get(i));
        }
    }

    @Test
    void commandLineMetadataAnchorsRelativeDates() throws IOException {
        Path article = Files.writeString(
                dir.resolve("note.txt"),
                "The Finnish president met the Swedish prime minister in Helsinki on Friday.\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of(
                "analyze",
                "--date",
                "2024-03-12",
                "--publisher",
                "Example Daily",
                "--format",
                "json",
                article.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertEquals("Example Daily", result.get("metadata").get("publisher").asText());
        assertTrue(result.get("metadata").get("sources").asText().contains("date=cli"));
        assertEquals("2024-03-08", result.get("times").get(0).get("value").asText(), run.out());
    }

    @Test
    void eventsCarryTheirGazetteerPlaceContextsAndTheQuoteTheyRestOn() throws IOException {
        JsonNode result = analyzed(
                "2024-03-12",
                "In Helsinki on Friday, the Finnish president met the Swedish prime minister.\n"
                        + "The Swedish prime minister criticized Russia, calling its policy \"reckless.\"\n");
        JsonNode events = result.get("events");
        assertEquals(2, events.size(), result.toString());
        JsonNode meeting = events.get(0);
        JsonNode location = meeting.get("location");
        assertEquals("FIN", location.get("country").asText(), result.toString());
        assertEquals(60.17, location.get("lat").asDouble(), 0.05);
        assertEquals(24.94, location.get("lon").asDouble(), 0.05);
        assertEquals(location.get("id").asText(), meeting.get("place_id").asText());
        assertEquals("diplomatic", meeting.get("contexts").get(0).asText());
        assertTrue(meeting.get("quote").isNull());
        JsonNode criticism = events.get(1);
        assertTrue(criticism.get("location").isNull(), "no place named");
        assertTrue(criticism.get("quote").get("text").asText().startsWith("reckless"), result.toString());
        JsonNode quote = result.get("quotes").get(0);
        assertEquals(criticism.get("id").asText(), quote.get("events").get(0).asText(), "the quote names its event");
    }

    @Test
    void regressionAParticipleEndingAHyphenatedAdjectiveIsNoThreat() throws IOException {
        JsonNode events = analyzed(
                        "2020-02-05",
                        "Police fired at the car. One woman had minor injuries, and the remaining woman was in"
                                + " \"not life-threatening\" condition, officials said.\n")
                .get("events");
        for (JsonNode event : events) {
            assertTrue(
                    !event.get("type").asText().equals("THREATEN"),
                    "a life-threatening state threatens nobody: " + event);
        }
    }

    private JsonNode analyzed(String published, String text) throws IOException {
        Path article = Files.writeString(dir.resolve("article.txt"), text, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("analyze", "--date", published, "--format", "json", article.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void htmlPageGivesMetadataAndAnalysesOnlyTheArticle() throws IOException {
        Path page = Repository.root().resolve("annals-extract/src/test/resources/html/appeal-related-cookie.html");
        CliRun run = CliRun.of("analyze", "--format", "json", page.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertEquals("html", result.get("format").asText());
        assertEquals("2019-01-05", result.get("metadata").get("published").asText());
        assertEquals(
                "Example Chronicle", result.get("metadata").get("publisher").asText());
        String text = result.get("text").asText();
        for (JsonNode block : result.get("blocks")) {
            String kind = block.get("kind").asText();
            if (!kind.equals("BODY") && !kind.equals("TITLE")) {
                int start = block.get("start").asInt();
                int end = block.get("end").asInt();
                for (JsonNode mention : result.get("mentions")) {
                    int at = mention.get("start").asInt();
                    assertTrue(at < start || at >= end, "mention inside " + kind + ": " + text.substring(start, end));
                }
            }
        }
        assertTrue(result.get("actors").toString().contains("POL"), "Poland is found in the article body");
    }

    @Test
    void webArchivePagesCarryTheirUrlAndCaptureDate() throws IOException {
        Path archive =
                Repository.root().resolve("annals-ingest/src/test/resources/warc/webrecorder+warcio/example.warc.gz");
        CliRun run = CliRun.of("analyze", "--format", "json", archive.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        JsonNode result =
                new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
        assertEquals("html", result.get("format").asText());
        assertTrue(result.get("metadata").get("url").asText().startsWith("http"), run.out());
        assertEquals("2017-03-06", result.get("metadata").get("published").asText());
        assertTrue(result.get("metadata").get("sources").asText().contains("date=warc-date"), run.out());
    }

    @Test
    void feedEntriesAreAnalysedOneByOne() {
        Path feed = Repository.root().resolve("annals-ingest/src/test/resources/feeds/rome-fixtures/rss_2.0.xml");
        CliRun run = CliRun.of("analyze", "--format", "json", feed.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertEquals(2, run.out().lines().count(), run.out());
    }

    @Test
    void textReportShowsTheAppealSetAsideAndTheEvents() {
        CliRun run = CliRun.of("analyze", Repository.seed().toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("set aside (appeal"), run.out());
        assertTrue(run.out().contains("CONSULT"), run.out());
        assertTrue(run.out().contains("Vladimir Putin"), run.out());
    }
}
