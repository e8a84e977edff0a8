package org.annals.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints rows as an aligned table, JSON Lines or CSV. Cells are clipped in tables only. */
final class TablePrinter {
    private static final int MAX_CELL = 60;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    TablePrinter(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    TablePrinter add(List<?> cells) {
        rows.add(cells.stream().map(c -> c == null ? "" : String.valueOf(c)).toList());
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
        rows.forEach(row -> out.println(line(row, widths)));
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
        for (List<String> row : rows) {
            ObjectNode node = MAPPER.createObjectNode();
            for (int i = 0; i < columns.size(); i++) {
                node.put(columns.get(i), row.get(i));
            }
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
