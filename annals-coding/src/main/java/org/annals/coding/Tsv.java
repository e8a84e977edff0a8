package org.annals.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the tab-separated data files shipped beside the classes; '#' lines are comments. */
final class Tsv {
    private Tsv() {}

    static List<String[]> read(String resource, int minColumns) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing data file " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < minColumns) {
                    throw new IllegalStateException(
                            resource + ": expected " + minColumns + " columns, got " + cells.length + ": " + line);
                }
                rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The first column of a word list, each word once ("'x' is listed twice" otherwise). */
    static Set<String> words(String resource) {
        Set<String> words = new HashSet<>();
        for (String[] row : read(resource, 1)) {
            if (!words.add(row[0])) {
                throw new IllegalStateException(resource + ": '" + row[0] + "' is listed twice");
            }
        }
        return Set.copyOf(words);
    }

    /** The first two columns as a map, each key once ("'x' is listed twice" otherwise). */
    static Map<String, String> pairs(String resource) {
        Map<String, String> pairs = new HashMap<>();
        for (String[] row : read(resource, 2)) {
            if (pairs.put(row[0], row[1]) != null) {
                throw new IllegalStateException(resource + ": '" + row[0] + "' is listed twice");
            }
        }
        return Map.copyOf(pairs);
    }

    static List<String> list(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
