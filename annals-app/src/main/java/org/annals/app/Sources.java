package org.annals.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.annals.core.Metadata;
import org.annals.ingest.FileSelection;
import org.annals.ingest.SourceError;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceReader;

/** Turns command-line arguments into one lazy stream of source items: files, folders, or '-' for stdin. */
final class Sources {
    /** How inputs are read: by their extension, or every input as JSON Lines. */
    enum InputFormat {
        AUTO,
        JSONL
    }

    private final SourceReader reader;
    private final InputFormat format;

    Sources(long maxBytes, InputFormat format) {
        this(maxBytes, format, FileSelection.ALL);
    }

    Sources(long maxBytes, InputFormat format, FileSelection selection) {
        if (maxBytes <= 0) {
            throw new UserException("--max-bytes must be positive, got " + maxBytes);
        }
        this.reader = new SourceReader(maxBytes, selection);
        this.format = format;
    }

    Stream<SourceItem> open(List<String> arguments, Metadata overrides) {
        return arguments.stream().flatMap(argument -> open(argument, overrides));
    }

    Stream<SourceItem> openPaths(List<Path> paths, Metadata overrides) {
        return paths.stream().flatMap(path -> open(path.toString(), overrides));
    }

    private Stream<SourceItem> open(String argument, Metadata overrides) {
        if (argument.equals("-")) {
            return reader.readJsonLines(System.in, "stdin");
        }
        Path path = Path.of(argument);
        if (format == InputFormat.JSONL && Files.isRegularFile(path)) {
            return jsonLines(path);
        }
        if (Files.isRegularFile(path)) {
            return reader.readFile(path, overrides);
        }
        return reader.read(List.of(path));
    }

    private Stream<SourceItem> jsonLines(Path path) {
        try {
            InputStream in = Files.newInputStream(path);
            return reader.readJsonLines(in, path.toString()).onClose(() -> closeQuietly(in));
        } catch (IOException e) {
            return Stream.of(new SourceError(path.toString(), path + ": cannot read: " + e.getMessage()));
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing was written through this stream, so a failed close loses nothing.
        }
    }
}
