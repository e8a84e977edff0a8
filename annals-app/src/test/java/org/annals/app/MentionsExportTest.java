package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An event's further tellings, a list of {start, end, text} records, as each text export writes them. */
class MentionsExportTest {
    private static Map<String, Object> telling(int start, int end, String text) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("start", start);
        record.put("end", end);
        record.put("text", text);
        return record;
    }

    private static final List<Object> TWO_TELLINGS = List.of(
            telling(120, 151, "The ministers met again, aides said."),
            telling(300, 322, "Their talks, on Monday, ran late."));

    @Test
    void jsonLinesWritesEachTellingAsAnObject() throws IOException {
        StringWriter out = new StringWriter();
        JsonlExportSink sink = new JsonlExportSink(out);
        sink.start(List.of("id", "mentions"));
        sink.row(List.of("doc:1", TWO_TELLINGS));
        sink.row(List.of("doc:2", List.of()));

        assertEquals(
                "{\"id\":\"doc:1\",\"mentions\":[{\"start\":120,\"end\":151,\"text\":\"The ministers met again, aides"
                        + " said.\"},{\"start\":300,\"end\":322,\"text\":\"Their talks, on Monday, ran late.\"}]}\n"
                        + "{\"id\":\"doc:2\",\"mentions\":[]}\n",
                out.toString());
    }

    @Test
    void csvWritesEachTellingAsItsOffsets() {
        assertEquals("120-151|300-322", CsvExportSink.cell(TWO_TELLINGS));
        assertEquals("", CsvExportSink.cell(List.of()));
    }
}
