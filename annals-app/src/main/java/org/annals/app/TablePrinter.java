package org.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints rows as an aligned table, JSON Lines or CSV. Cells are clipped in tables only. A row may carry detail: lines
 * printed under it in a table, and fields added to its JSON line; CSV keeps to the columns.
 */
final class TablePrinter {
    private static final String NOTE_INDENT = "      ";

    private static final int MAX_CELL = 60;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Detail> details = new ArrayList<>();

    /** A row's detail: {@code notes} under it in a table, {@code fields} after its columns in JSON. */
    record Detail(List<String> notes, Map<String, JsonNode> fields) {
        static final Detail NONE = new Detail(List.of(), Map.of());

        Detail {
            notes = List.copyOf(notes);
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    TablePrinter(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    TablePrinter add(List<?> cells) {
        return add(cells, Detail.NONE);
    }

    TablePrinter add(List<?> cells, Detail detail) {
        rows.add(cells.stream().map(c -> c == null ? "" : String.valueOf(c)).toList());
        details.add(detail);
        return this;
    }

    void print(OutputFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(out);
            case JSON -> json(out);
            case CSV -> csv(out);
        }
    }

    private void table(PrintWriter out) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(
                        widths[i],
                        Math.min(MAX_CELL, TextReport.clip(row.get(i), MAX_CELL).length()));
            }
        }
        out.println(line(columns, widths).toUpperCase(Locale.ROOT));
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), widths));
            details.get(r).notes().forEach(note -> out.println(NOTE_INDENT + note));
        }
        out.println("(" + rows.size() + " row" + (rows.size() == 1 ? "" : "s") + ")");
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = TextReport.clip(cells.get(i), MAX_CELL);
            sb.append(cell).append(" ".repeat(widths[i] - cell.length()));
            if (i < widths.length - 1) {
                sb.append("  ");
            }
        }
        return sb.toString().stripTrailing();
    }

    private void json(PrintWriter out) {
        for (int r = 0; r < rows.size(); r++) {
            ObjectNode node = MAPPER.createObjectNode();
            for (int i = 0; i < columns.size(); i++) {
                node.put(columns.get(i), rows.get(r).get(i));
            }
            details.get(r).fields().forEach(node::set);
            out.println(node);
        }
    }

    private void csv(PrintWriter out) {
        out.println(String.join(",", columns.stream().map(TablePrinter::csvCell).toList()));
        rows.forEach(row -> out.println(
                String.join(",", row.stream().map(TablePrinter::csvCell).toList())));
    }

    private static String csvCell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
