package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.annals.core.ContentHash;
import org.annals.core.Metadata;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceRecord;
import org.junit.jupiter.api.Test;

/** A batch with an item that cannot be analysed reports that item by name and goes on; no models are loaded. */
class BatchRunnerTest {
    private static SourceRecord html(String source, String html) {
        return new SourceRecord(source, "html", html, Metadata.EMPTY, "", ContentHash.sha256(html));
    }

    @Test
    void aPageWithNoTextIsAnErrorNamingItAndTheRestOfTheBatchGoesOn() {
        List<SourceItem> items = List.of(
                html("empty.html", "<html><head><script>var x = 1;</script></head><body><img src=a.png></body></html>"),
                html(
                        "story.html",
                        "<html><body><p>The council agreed on the harbour budget on Tuesday.</p></body></html>"));
        List<Outcome> outcomes = new ArrayList<>();

        new BatchRunner(() -> new AnnalsEngine(List.of()), 1).run(items.iterator(), outcomes::add);

        assertEquals(2, outcomes.size());
        Outcome.Failed empty = assertInstanceOf(Outcome.Failed.class, outcomes.get(0));
        assertEquals("empty.html", empty.source());
        assertTrue(empty.message().contains("no text left after extraction"), empty.message());
        assertInstanceOf(Outcome.Analysed.class, outcomes.get(1));
    }
}
