package org.annals.app;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.annals.store.ExportSink;

/**
 * RFC 4180 CSV with a header line: cells with a comma, quote or line break are quoted, quotes doubled. SQL lists are
 * joined with {@code |} (the separator of the project's own TSV lists); NULL is the empty cell.
 */
final class CsvExportSink implements ExportSink {
    static final String LIST_SEPARATOR = "|";

    private final Writer out;

    CsvExportSink(Writer out) {
        this.out = out;
    }

    @Override
    public void start(List<String> columns) throws IOException {
        line(List.copyOf(columns));
    }

    @Override
    public void row(List<Object> values) throws IOException {
        line(values);
    }

    private void line(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    // A record with a span (a further telling of an event) is written as its offsets, start-end; its text is the
    // document's, which JSON Lines and Parquet carry.
    private static String item(Object item) {
        if (item instanceof Map<?, ?> record && record.containsKey("start") && record.containsKey("end")) {
            return record.get("start") + "-" + record.get("end");
        }
        return item == null ? "" : String.valueOf(item);
    }

    static String cell(Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof List<?> list) {
            text = String.join(
                    LIST_SEPARATOR, list.stream().map(CsvExportSink::item).toList());
        } else {
            text = String.valueOf(value);
        }
        boolean quote =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
