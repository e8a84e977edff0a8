package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.coding.CameoActorCodes;
import org.annals.coding.CameoMapping;
import org.junit.jupiter.api.Test;

/** The GDELT export writes one line per dyad of an event, as the field's data does, all with the event's id. */
class GdeltDyadRowsTest {
    private static final int ACTOR1_CODE = GdeltExportSink.COLUMNS.indexOf("Actor1Code");
    private static final int ACTOR1_NAME = GdeltExportSink.COLUMNS.indexOf("Actor1Name");
    private static final int ACTOR2_CODE = GdeltExportSink.COLUMNS.indexOf("Actor2Code");

    private static final int NUM_MENTIONS = GdeltExportSink.COLUMNS.indexOf("NumMentions");
    private static final int NUM_ARTICLES = GdeltExportSink.COLUMNS.indexOf("NumArticles");

    private static List<String[]> lines(List<String> sources, List<String> targets) throws IOException {
        return lines(sources, targets, List.of());
    }

    private static List<String[]> lines(List<String> sources, List<String> targets, List<Map<String, Object>> mentions)
            throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "doc:7");
        row.put("date_start", LocalDate.of(2025, 9, 2));
        row.put("published", LocalDate.of(2025, 9, 2));
        side(row, "source", sources);
        side(row, "target", targets);
        row.put("type", "COOPERATE");
        row.put("mode", "relations");
        row.put("mentions", mentions);
        for (String column : List.of("place", "place_id", "place_country", "place_kind", "url")) {
            row.put(column, "");
        }
        row.put("place_lat", null);
        row.put("place_lon", null);
        row.put("ingested_at", "2025-09-02 10:00:00");
        row.put("source", "a.txt");
        StringWriter out = new StringWriter();
        GdeltExportSink sink = new GdeltExportSink(out, false, CameoMapping.standard(), CameoActorCodes.standard());
        sink.start(new ArrayList<>(row.keySet()));
        sink.row(new ArrayList<>(row.values()));
        return out.toString().lines().map(line -> line.split("\t", -1)).toList();
    }

    /** Countries by their ISO3 code, as the knowledge base stores them. */
    private static void side(Map<String, Object> row, String side, List<String> countries) {
        row.put(side + "_ids", countries);
        row.put(side + "_names", countries.stream().map(c -> "name of " + c).toList());
        row.put(side + "_kinds", countries.stream().map(c -> "COUNTRY").toList());
        row.put(side + "_countries", countries);
        row.put(side + "_sectors", countries.stream().map(c -> "").toList());
    }

    private static List<String> pairs(List<String[]> lines) {
        return lines.stream()
                .map(fields -> fields[ACTOR1_CODE] + ">" + fields[ACTOR2_CODE])
                .toList();
    }

    @Test
    void threeSourcesWithOneTargetAreThreeLinesOfOneEvent() throws IOException {
        List<String[]> lines = lines(List.of("FRA", "DEU", "ITA"), List.of("ESP"));
        assertEquals(List.of("FRA>ESP", "DEU>ESP", "ITA>ESP"), pairs(lines));
        assertEquals(1, lines.stream().map(fields -> fields[0]).distinct().count());
        assertEquals("name of DEU", lines.get(1)[ACTOR1_NAME]);
        lines.forEach(fields -> assertEquals(61, fields.length));
    }

    @Test
    void anEventToldAgainInItsArticleCountsEachTellingAsAMentionOfOneArticle() throws IOException {
        Map<String, Object> retold = Map.of("start", 120, "end", 180, "text", "The two also cooperated later.");
        String[] once = lines(List.of("FRA"), List.of("DEU")).get(0);
        String[] twice = lines(List.of("FRA"), List.of("DEU"), List.of(retold)).get(0);
        assertEquals("1", once[NUM_MENTIONS]);
        assertEquals("2", twice[NUM_MENTIONS]);
        assertEquals("1", twice[NUM_ARTICLES]);
    }

    @Test
    void aSymmetricEventReadsBothWays() throws IOException {
        assertEquals(List.of("FRA>DEU", "DEU>FRA"), pairs(lines(List.of("FRA", "DEU"), List.of("FRA", "DEU"))));
    }

    @Test
    void anEventWithoutTargetIsOneLineWithAnEmptyActor2() throws IOException {
        List<String[]> lines = lines(List.of("FRA"), List.of());
        assertEquals(List.of("FRA>"), pairs(lines));
        assertEquals("", lines.get(0)[ACTOR2_CODE + 1], "no name for a missing actor");
    }
}
