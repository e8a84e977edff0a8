package org.annals.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.annals.store.ExportSink;

/** One JSON object per row and line; SQL lists become arrays, records objects, dates ISO strings, NULL null. */
final class JsonlExportSink implements ExportSink {
    private final JsonGenerator json;
    private final Writer out;
    private List<String> columns = List.of();

    JsonlExportSink(Writer out) throws IOException {
        this.out = out;
        this.json = new JsonFactory().createGenerator(out);
        // The caller owns the writer; rows are flushed by it, not by the generator.
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // Jackson separates root values with a space; JSON Lines separates them with the line break alone.
        json.setRootValueSeparator(null);
    }

    @Override
    public void start(List<String> names) {
        columns = names;
    }

    @Override
    public void row(List<Object> values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            json.writeFieldName(columns.get(i));
            write(values.get(i));
        }
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> record) {
            json.writeStartObject();
            for (Map.Entry<?, ?> field : record.entrySet()) {
                json.writeFieldName(String.valueOf(field.getKey()));
                write(field.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double number && Double.isFinite(number)) {
            json.writeNumber(number);
        } else {
            json.writeString(String.valueOf(value));
        }
    }
}
