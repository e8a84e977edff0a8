package org.annals.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Estimates how many documents a list of paths holds, cheaply (files are not decoded), so the progress bar can show
 * an ETA. JSON Lines files count their non-blank lines; other files count one each; sidecar JSON files none.
 */
final class SourceCounter {
    private SourceCounter() {}

    static long count(List<Path> paths) {
        long total = 0;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    total += walk.filter(Files::isRegularFile)
                            .mapToLong(SourceCounter::countFile)
                            .sum();
                } catch (IOException | UncheckedIOException e) {
                    total += 0;
                }
            } else if (Files.isRegularFile(path)) {
                total += countFile(path);
            }
        }
        return total;
    }

    private static long countFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.endsWith(".json") || name.endsWith(".md")) {
            return 0;
        }
        if (!(name.endsWith(".jsonl") || name.endsWith(".ndjson"))) {
            return 1;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.lines().filter(line -> !line.isBlank()).count();
        } catch (IOException | UncheckedIOException e) {
            return 1;
        }
    }
}
