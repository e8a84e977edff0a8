package org.annals.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rows of one table spooled to a tab-separated temporary file for DuckDB to load in one statement, which is far
 * faster than inserting from Java. Cells must not hold tabs or line breaks; {@code \N} stands for NULL.
 */
final class TsvSpool implements AutoCloseable {
    static final String NULL = "\\N";

    private final Path file;
    private final BufferedWriter out;
    private long rows;

    TsvSpool(Path file) throws IOException {
        this.file = file;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    void row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            String cell = cells[i] == null ? NULL : String.valueOf(cells[i]);
            if (cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a spooled cell holds a tab or line break: " + cell);
            }
            out.write(cell);
        }
        out.write('\n');
        rows++;
    }

    Path file() {
        return file;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
