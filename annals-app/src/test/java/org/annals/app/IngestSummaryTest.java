package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestSummaryTest {
    @Test
    void saysHowManyNewDocumentsJoinedAStoryAlreadyStored() {
        StringWriter out = new StringWriter();
        IngestSummary.print(
                new Ingestion.Report(5, 3, 1, List.of(), 12, Duration.ofSeconds(2), Map.of()),
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        String text = out.toString();
        assertTrue(text.contains("Stored 5 new documents"), text);
        assertTrue(text.contains("3 were near-duplicates of stories already stored"), text);
        assertTrue(text.contains("1 document was already stored (same content hash)"), text);
    }
}
