package org.annals.app;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.coding.CameoActor;
import org.annals.coding.CameoActorCodes;
import org.annals.coding.CameoCode;
import org.annals.coding.CameoMapping;
import org.annals.coding.Dyads;
import org.annals.store.ExportSink;

/**
 * Events as rows of the GDELT 2.0 event table: 61 tab-separated columns in the codebook's order, no header unless
 * asked for; what Annals does not know (ethnic and religion codes, tone, the actors' places) is left empty. Like
 * GDELT's, each line is one dyad: an event with several sources or targets gives one line per pair, all with the
 * event's GLOBALEVENTID. See docs/export.md for how each column is filled.
 */
final class GdeltExportSink implements ExportSink {
    static final List<String> COLUMNS = columns();

    private final Writer out;
    private final boolean header;
    private final CameoMapping cameo;
    private final CameoActorCodes actorCodes;
    private final Map<String, Integer> index = new HashMap<>();
    private List<Object> row = List.of();

    GdeltExportSink(Writer out, boolean header, CameoMapping cameo, CameoActorCodes actorCodes) {
        this.out = out;
        this.header = header;
        this.cameo = cameo;
        this.actorCodes = actorCodes;
    }

    private static List<String> columns() {
        List<String> names = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        for (String actor : List.of("Actor1", "Actor2")) {
            for (String field : List.of(
                    "Code",
                    "Name",
                    "CountryCode",
                    "KnownGroupCode",
                    "EthnicCode",
                    "Religion1Code",
                    "Religion2Code",
                    "Type1Code",
                    "Type2Code",
                    "Type3Code")) {
                names.add(actor + field);
            }
        }
        names.addAll(List.of(
                "IsRootEvent",
                "EventCode",
                "EventBaseCode",
                "EventRootCode",
                "QuadClass",
                "GoldsteinScale",
                "NumMentions",
                "NumSources",
                "NumArticles",
                "AvgTone"));
        for (String geo : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
            for (String field :
                    List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
                names.add(geo + "_" + field);
            }
        }
        names.addAll(List.of("DATEADDED", "SOURCEURL"));
        return Collections.unmodifiableList(names);
    }

    @Override
    public void start(List<String> names) throws IOException {
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        if (header) {
            out.write(String.join("\t", COLUMNS));
            out.write('\n');
        }
    }

    /** One line per dyad of the event ({@link Dyads}): each source with each target, the event id shared. */
    @Override
    public void row(List<Object> values) throws IOException {
        row = values;
        List<String> sources = strings("source_ids");
        List<String> targets = strings("target_ids");
        for (Dyads.Dyad dyad : Dyads.of(sources, targets)) {
            write(dyad, sources.indexOf(dyad.source()), targets.indexOf(dyad.target()));
        }
    }

    private void write(Dyads.Dyad dyad, int source, int target) throws IOException {
        List<String> fields = new ArrayList<>(COLUMNS.size());
        fields.add(Long.toString(GdeltEventId.of(text("id"))));
        addDates(fields, day());
        addActor(fields, dyad.source(), "source", source);
        addActor(fields, dyad.target(), "target", target);
        fields.add(""); // IsRootEvent: where in the article the event stands is not kept per paragraph.
        addEvent(fields);
        fields.addAll(Collections.nCopies(16, "")); // Actor1Geo and Actor2Geo: actors carry no places.
        addActionGeo(fields);
        fields.add(dateAdded());
        fields.add(text("url").isEmpty() ? text("source") : text("url"));
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(fields.get(i).replaceAll("[\t\r\n]+", " "));
        }
        out.write('\n');
    }

    /** The first day the event's date covers; the publication date when the event has none. */
    private LocalDate day() {
        Object start = value("date_start");
        Object published = value("published");
        return start instanceof LocalDate date ? date : published instanceof LocalDate date ? date : null;
    }

    private static void addDates(List<String> fields, LocalDate day) {
        if (day == null) {
            fields.addAll(Collections.nCopies(4, ""));
            return;
        }
        fields.add(String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        fields.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        fields.add(Integer.toString(day.getYear()));
        double fraction = (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
        fields.add(String.format(Locale.ROOT, "%.4f", day.getYear() + fraction));
    }

    /** The actor at {@code at} of a side (source or target): its CAMEO code, name as stored, country and type. */
    private void addActor(List<String> fields, String id, String side, int at) {
        CameoActor actor = id.isEmpty()
                ? CameoActor.NONE
                : actorCodes.of(
                        id, item(side + "_kinds", at), item(side + "_countries", at), item(side + "_sectors", at));
        fields.add(actor.code());
        fields.add(id.isEmpty() ? "" : item(side + "_names", at));
        fields.add(actor.countryCode());
        fields.add(actor.knownGroupCode());
        fields.addAll(List.of("", "", "")); // ethnic and religion codes
        fields.add(actor.typeCode());
        fields.addAll(List.of("", ""));
    }

    private void addEvent(List<String> fields) {
        String type = text("type");
        if (!cameo.types().contains(type.toUpperCase(Locale.ROOT))) {
            // A type coded by a newer lexicon than this mapping knows: keep the event, without CAMEO codes.
            fields.addAll(List.of("", "", "", "", "", Integer.toString(mentions()), "1", "1", ""));
            return;
        }
        CameoCode code = cameo.code(type, text("mode"));
        fields.add(code.eventCode());
        fields.add(code.baseCode());
        fields.add(code.rootCode());
        fields.add(Integer.toString(code.quadClass()));
        fields.add(String.format(Locale.ROOT, "%.1f", code.goldstein()));
        // One event from one article: a source and an article, mentioned once and again in each further telling, as
        // GDELT counts every mention of an event within a document.
        fields.addAll(List.of(Integer.toString(mentions()), "1", "1", ""));
    }

    /**
     * GDELT's geographic type (1 country, 3 US city, 4 world city), the place as written, its country as ISO 3166
     * alpha-3 (GDELT's own are FIPS 10-4 codes, which Annals does not have), no ADM1/ADM2 codes, the gazetteer's
     * coordinates and its id (a GeoNames id, or the ISO code of a country). All but the name are empty for a place
     * not in the gazetteer.
     */
    private void addActionGeo(List<String> fields) {
        String country = text("place_country");
        boolean resolved = !country.isEmpty() && value("place_lat") != null;
        fields.add(resolved ? geoType(text("place_kind"), country) : "");
        fields.add(text("place"));
        fields.add(resolved ? country : "");
        fields.addAll(List.of("", ""));
        fields.add(resolved ? coordinate("place_lat") : "");
        fields.add(resolved ? coordinate("place_lon") : "");
        fields.add(resolved ? text("place_id").replaceFirst("^geonames:", "") : "");
    }

    private static String geoType(String kind, String country) {
        if (kind.equals("country")) {
            return "1";
        }
        return country.equals("USA") ? "3" : "4";
    }

    private String coordinate(String column) {
        return String.format(Locale.ROOT, "%.4f", ((Number) value(column)).doubleValue());
    }

    /** GDELT's DATEADDED is YYYYMMDDHHMMSS in UTC; the store keeps ingestion times in UTC. */
    private String dateAdded() {
        String digits = text("ingested_at").replaceAll("[^0-9]", "");
        return digits.length() >= 14 ? digits.substring(0, 14) : digits;
    }

    private int mentions() {
        return 1 + (value("mentions") instanceof List<?> further ? further.size() : 0);
    }

    private Object value(String column) {
        Integer at = index.get(column);
        if (at == null) {
            throw new IllegalStateException("the export has no column " + column + "; columns: " + index.keySet());
        }
        return row.get(at);
    }

    private List<String> strings(String column) {
        Object value = value(column);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .map(item -> item == null ? "" : String.valueOf(item))
                .toList();
    }

    private String item(String column, int at) {
        List<String> items = strings(column);
        return at >= 0 && at < items.size() ? items.get(at) : "";
    }

    private String text(String column) {
        Object value = value(column);
        return value == null ? "" : String.valueOf(value);
    }
}
