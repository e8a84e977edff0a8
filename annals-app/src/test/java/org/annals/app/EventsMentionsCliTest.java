package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.core.ContentHash;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Granularity;
import org.annals.core.Location;
import org.annals.core.Metadata;
import org.annals.core.Modality;
import org.annals.core.Provenance;
import org.annals.core.Span;
import org.annals.store.AnnalsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals events} shows each event's further tellings, as {@code annals analyze} and the document API do. */
class EventsMentionsCliTest {
    private static final String TOLD = "Ana Rivera met Bo Lindqvist in the capital.";
    private static final String RETOLD = "The meeting lasted three hours.";

    @TempDir
    Path dataDir;

    private static Document toldTwice() {
        String text = "Morning wire\n\n" + TOLD + " " + RETOLD;
        Span evidence = new Span(text.indexOf(TOLD), text.indexOf(TOLD) + TOLD.length());
        Event meeting = new Event(
                        "e1",
                        "CONSULT",
                        "meet",
                        List.of("person:ana-rivera"),
                        List.of("person:bo-lindqvist"),
                        "2024-03-14",
                        Granularity.DAY,
                        "",
                        "",
                        Modality.ASSERTED,
                        1,
                        0.9,
                        evidence,
                        new Span(text.indexOf("met"), text.indexOf("met") + 3),
                        "test",
                        List.of(),
                        List.of(),
                        Location.NONE,
                        null)
                .withMention(retold(text));
        return Document.of(
                        ContentHash.sha256(text),
                        new Provenance("test", "text", "", ""),
                        new Metadata("", "Example Wire", "Morning wire", LocalDate.parse("2024-03-14"), "en"),
                        text)
                .withEvents(List.of(meeting));
    }

    private static Span retold(String text) {
        return new Span(text.indexOf(RETOLD), text.indexOf(RETOLD) + RETOLD.length());
    }

    private void store() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(toldTwice());
        }
    }

    @Test
    void theTableShowsEachFurtherTellingUnderItsEvent() {
        store();
        CliRun run = CliRun.of("events", "--data-dir", dataDir.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        int row = lines.indexOf(lines.stream()
                .filter(line -> line.startsWith("2024-03-14"))
                .findFirst()
                .orElseThrow());
        assertEquals("      also told in \"" + RETOLD + "\"", lines.get(row + 1), run.out());
        assertTrue(run.out().contains("(1 row)"), run.out());
    }

    @Test
    void jsonListsTheFurtherTellingsWithTheirOffsets() throws Exception {
        store();
        CliRun run = CliRun.of("events", "--data-dir", dataDir.toString(), "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode event = new ObjectMapper().readTree(run.out().strip());
        Span retold = retold(toldTwice().text());
        assertEquals(1, event.path("mentions").size(), run.out());
        JsonNode mention = event.path("mentions").get(0);
        assertEquals(retold.start(), mention.path("start").asInt());
        assertEquals(retold.end(), mention.path("end").asInt());
        assertEquals(RETOLD, mention.path("text").asText());
    }

    @Test
    void csvKeepsToItsColumns() {
        store();
        CliRun run = CliRun.of("events", "--data-dir", dataDir.toString(), "--format", "csv");

        assertEquals(
                "date,type,modality,source,target,place,evidence,doc",
                run.out().lines().findFirst().orElseThrow());
        assertEquals(2, run.out().strip().lines().count(), run.out());
    }
}
