package org.annals.store;

import java.io.IOException;
import java.util.List;

/**
 * Receives exported rows one at a time, as they are read from the database. Values are plain Java objects (see
 * {@link TableResult}): String, Long, Integer, Double, Boolean, LocalDate, List for SQL lists, or null.
 */
public interface ExportSink {
    void start(List<String> columns) throws IOException;

    void row(List<Object> values) throws IOException;
}
