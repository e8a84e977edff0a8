package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** {@code annals events --distinct} lists each happening once with how many events and articles report it. */
class EventsDistinctCliTest {
    @TempDir
    Path dataDir;

    private static Document report(String title, String sentence, String date) {
        String text = title + "\n\n" + sentence;
        Span evidence = new Span(text.indexOf(sentence), text.length());
        Event event = new Event(
                "e1",
                "CONSULT",
                "",
                List.of("person:ana-rivera"),
                List.of("person:bo-lindqvist"),
                date,
                Granularity.DAY,
                "",
                "",
                Modality.ASSERTED,
                1,
                0.9,
                evidence,
                new Span(evidence.start(), evidence.start() + 3),
                "test",
                List.of(),
                List.of(),
                Location.NONE,
                null);
        return Document.of(
                        ContentHash.sha256(text),
                        new Provenance("test", "text", "", ""),
                        new Metadata("", "Example Wire", title, LocalDate.parse(date), "en"),
                        text)
                .withEvents(List.of(event));
    }

    @Test
    void distinctFoldsTheReportsOfOneMeetingIntoOneRow() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(report("Morning wire", "Ana Rivera met Bo Lindqvist in the capital.", "2024-03-14"));
            store.put(report("Evening wire", "Rivera held talks with Lindqvist on Thursday.", "2024-03-14"));
            store.put(report("Next week", "Ana Rivera met Bo Lindqvist again.", "2024-03-21"));
        }
        String data = dataDir.toString();
        CliRun all = CliRun.of("events", "--data-dir", data, "--format", "csv");
        CliRun distinct = CliRun.of("events", "--data-dir", data, "--format", "csv", "--distinct");
        assertEquals(0, distinct.exitCode(), distinct.err());
        assertEquals(4, all.out().strip().lines().count(), all.out());
        List<String> lines = distinct.out().strip().lines().toList();
        assertEquals("date,type,modality,source,target,mentions/articles,place,evidence,doc", lines.get(0));
        assertEquals(
                List.of("2024-03-21 1/1", "2024-03-14 2/2"),
                lines.subList(1, lines.size()).stream()
                        .map(line -> line.split(",")[0] + " " + line.split(",")[5])
                        .toList());
    }
}
