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

/** The GDELT ActionGeo columns come from the event's gazetteer place; an unresolved place gives only its name. */
class GdeltActionGeoTest {
    private static List<String> actionGeo(
            String place, String placeId, String country, Double lat, Double lon, String kind) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "doc:1");
        row.put("date_start", LocalDate.of(2025, 9, 2));
        row.put("published", LocalDate.of(2025, 9, 2));
        for (String side : List.of("source", "target")) {
            for (String field : List.of("_ids", "_names", "_kinds", "_countries", "_sectors")) {
                row.put(side + field, List.of());
            }
        }
        row.put("type", "CONSULT");
        row.put("mode", "meet");
        row.put("mentions", List.of());
        row.put("place", place);
        row.put("place_id", placeId);
        row.put("place_country", country);
        row.put("place_lat", lat);
        row.put("place_lon", lon);
        row.put("place_kind", kind);
        row.put("ingested_at", "2025-09-02 10:00:00");
        row.put("url", "https://example.org/a");
        row.put("source", "a.txt");
        StringWriter out = new StringWriter();
        GdeltExportSink sink = new GdeltExportSink(out, false, CameoMapping.standard(), CameoActorCodes.standard());
        sink.start(new ArrayList<>(row.keySet()));
        sink.row(new ArrayList<>(row.values()));
        String[] fields = out.toString().stripTrailing().split("\t", -1);
        int first = GdeltExportSink.COLUMNS.indexOf("ActionGeo_Type");
        return List.of(fields).subList(first, first + 8);
    }

    @Test
    void aCityInTheGazetteerFillsTypeCountryCoordinatesAndFeature() throws IOException {
        assertEquals(
                List.of("4", "Tianjin", "CHN", "", "", "39.1422", "117.1767", "1792947"),
                actionGeo("Tianjin", "geonames:1792947", "CHN", 39.1422, 117.1767, "city"));
    }

    @Test
    void aCountryIsTypeOneAndAUsCityTypeThree() throws IOException {
        assertEquals(
                "1", actionGeo("France", "FRA", "FRA", 46.0, 2.0, "country").get(0));
        assertEquals(
                "FRA", actionGeo("France", "FRA", "FRA", 46.0, 2.0, "country").get(7));
        assertEquals(
                "3",
                actionGeo("Boston", "geonames:4930956", "USA", 42.36, -71.06, "city")
                        .get(0));
    }

    @Test
    void aPlaceOutsideTheGazetteerKeepsOnlyItsName() throws IOException {
        assertEquals(List.of("", "Xqzville", "", "", "", "", "", ""), actionGeo("Xqzville", "", "", null, null, ""));
    }
}
