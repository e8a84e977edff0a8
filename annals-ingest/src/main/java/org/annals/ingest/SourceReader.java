package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.annals.core.ContentHash;
import org.annals.core.Metadata;

/**
 * Reads documents from files, folders and JSON Lines streams: text, HTML, JSON Lines, RSS and Atom feeds (one
 * document per entry) and WARC or ARC web archives (one document per archived HTML page). Every problem with the input becomes a
 * {@link SourceError} in the stream, and reading goes on with the next item; only a bad configuration throws.
 * Instances are immutable and safe to share.
 */
public final class SourceReader {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** The command-line option named in size errors. */
    public static final String MAX_BYTES_OPTION = "--max-bytes";
    /**
     * The entry of {@link SourceRecord#metadataSources()} naming a character set other than UTF-8 and how it was
     * found, for example {@code charset=windows-1251 (meta)}.
     */
    public static final String CHARSET = "charset";

    private final long maxBytes;
    private final FileSelection selection;

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest file (or JSON Lines record) read, in bytes */
    public SourceReader(long maxBytes) {
        this(maxBytes, FileSelection.ALL);
    }

    /**
     * @param maxBytes the largest file (or JSON Lines record) read, in bytes
     * @param selection which files inside folders are read
     */
    public SourceReader(long maxBytes, FileSelection selection) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("max bytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.selection = Objects.requireNonNull(selection, "selection");
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Lazily reads files and folders (recursively, in sorted order, skipping hidden files). */
    public Stream<SourceItem> read(List<Path> paths) {
        return paths.stream().flatMap(path -> readPath(path, Metadata.EMPTY));
    }

    /**
     * Reads one file (or folder) with metadata given on the command line; its non-empty fields win over sidecar and
     * record metadata and are recorded as {@code field=cli}.
     */
    public Stream<SourceItem> readFile(Path file, Metadata overrides) {
        return readPath(file, Objects.requireNonNull(overrides, "overrides"));
    }

    /** Reads JSON Lines from a stream such as standard input; {@code name} stands for the stream in messages. */
    public Stream<SourceItem> readJsonLines(InputStream in, String name) {
        return jsonLines(in, name, Metadata.EMPTY);
    }

    private Stream<SourceItem> readPath(Path path, Metadata overrides) {
        String name = path.toString();
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return error(name, "not found; check the path");
        }
        if (!Files.exists(path)) {
            return error(name, "broken symbolic link (its target does not exist)");
        }
        if (Files.isDirectory(path)) {
            return readDirectory(path, overrides);
        }
        if (Formats.byExtension(path).equals(Formats.JSON) && documentBeside(path) != null) {
            return error(name, "is sidecar metadata for " + documentBeside(path) + "; pass that file instead");
        }
        return readDocumentFile(path, overrides);
    }

    private Stream<SourceItem> readDirectory(Path dir, Metadata overrides) {
        DirectoryWalk walk = DirectoryWalk.of(dir);
        List<Path> documents = walk.files().stream()
                .filter(f -> !(Formats.byExtension(f).equals(Formats.JSON) && documentBeside(f) != null))
                .toList();
        Stream<SourceItem> errors = walk.errors().stream().map(SourceItem.class::cast);
        if (!documents.isEmpty() && !selection.selectsAll()) {
            documents = documents.stream()
                    .filter(f -> selection.selects(dir.relativize(f)))
                    .toList();
            if (documents.isEmpty()) {
                return Stream.concat(
                        errors, error(dir.toString(), "no file in the folder matches " + selection.describe()));
            }
        }
        if (documents.isEmpty()) {
            return Stream.concat(
                    errors,
                    error(
                            dir.toString(),
                            "folder has no documents; put .txt, .html, .jsonl, .rss, .atom or .warc files in it"
                                    + " (hidden files are skipped)"));
        }
        return Stream.concat(errors, documents.stream().flatMap(f -> readDocumentFile(f, overrides)));
    }

    private Stream<SourceItem> readDocumentFile(Path file, Metadata overrides) {
        String format = Formats.byExtension(file);
        if (format.equals(Formats.JSON_LINES)) {
            return readJsonLinesFile(file, overrides);
        }
        if (format.equals(Formats.WEB_ARCHIVE)) {
            // Archives hold many pages, so the size limit applies to each page, not to the file.
            return WebArchiveReader.read(file, overrides, maxBytes);
        }
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return error(name, sizeMessage("file", size));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                return error(name, "empty file; nothing to read");
            }
            if (format.equals(Formats.XML) && XmlRoot.isSitemap(bytes)) {
                return error(
                        name,
                        "is a sitemap: it lists pages to fetch, not their text; fetch them with"
                                + " `annals watch --feeds LIST.opml` (an outline with xmlUrl=\"URL of the sitemap\")");
            }
            if (format.equals(Formats.FEED) || (format.equals(Formats.XML) && FeedReader.looksLikeFeed(bytes))) {
                return FeedReader.read(name, bytes, overrides).stream();
            }
            Decoded decoded = format.equals(Formats.JSON)
                    ? TextDecoder.decode(bytes)
                    : TextDecoder.decodeDocument(bytes, !format.equals(Formats.TEXT));
            if (!decoded.ok()) {
                return error(name, decoded.problem());
            }
            String content = decoded.text();
            if (content.isBlank()) {
                return error(name, "empty file (only whitespace); nothing to read");
            }
            if (format.equals(Formats.JSON)) {
                return JsonRecords.parse(content, name, "", Formats.baseName(file), overrides).stream();
            }
            String actualFormat = format.equals(Formats.UNKNOWN) ? Formats.sniff(content) : format;
            return withSidecar(file, actualFormat, content, decoded.charset(), overrides);
        } catch (IOException | UncheckedIOException e) {
            return error(name, describe(e));
        }
    }

    private Stream<SourceItem> withSidecar(
            Path file, String format, String content, String charset, Metadata overrides) {
        List<SourceItem> items = new ArrayList<>();
        SourcedMetadata metadata = Sidecar.read(file, items);
        SourcedMetadata merged = metadata.overriddenBy(overrides, "cli").withSource(CHARSET, charset);
        items.add(new SourceRecord(
                file.toString(),
                format,
                content,
                merged.metadata(),
                merged.describeSources(),
                ContentHash.sha256(content)));
        return items.stream();
    }

    private Stream<SourceItem> readJsonLinesFile(Path file, Metadata overrides) {
        try {
            InputStream in = Files.newInputStream(file);
            return jsonLines(in, file.toString(), overrides).onClose(() -> closeQuietly(in));
        } catch (IOException e) {
            return error(file.toString(), describe(e));
        }
    }

    private Stream<SourceItem> jsonLines(InputStream in, String name, Metadata overrides) {
        ByteLines lines = new ByteLines(new java.io.BufferedInputStream(in), maxBytes);
        AtomicInteger records = new AtomicInteger();
        Stream<SourceItem> items = StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, 0), false)
                .flatMap(line -> jsonLine(line, name, overrides, records));
        Stream<SourceItem> emptyCheck = Stream.of(name)
                .flatMap(n -> records.get() == 0 ? error(n, "empty file (no JSON Lines records)") : Stream.empty());
        return Stream.concat(items, emptyCheck);
    }

    private Stream<SourceItem> jsonLine(ByteLines.Line line, String name, Metadata overrides, AtomicInteger records) {
        String where = ":" + line.number();
        if (line.tooLong()) {
            records.incrementAndGet();
            return error(name + where, sizeMessage("record", line.length()));
        }
        Decoded decoded = TextDecoder.decode(line.bytes());
        if (!decoded.ok()) {
            records.incrementAndGet();
            return error(name + where, decoded.problem());
        }
        if (decoded.text().isBlank()) {
            return Stream.empty();
        }
        records.incrementAndGet();
        return JsonRecords.parse(decoded.text(), name, where, "line-" + line.number(), overrides).stream();
    }

    private String sizeMessage(String what, long size) {
        return String.format(
                Locale.ROOT,
                "%s is %s, over the %s limit; raise the limit with %s if it really is one document",
                what,
                megabytes(size),
                megabytes(maxBytes),
                MAX_BYTES_OPTION);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof AccessDeniedException) {
            return "cannot read (permission denied); check the file's permissions";
        }
        if (cause instanceof NoSuchFileException) {
            return "not found (it may be a broken symbolic link); check the path";
        }
        return "cannot read (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }

    private static Path documentBeside(Path json) {
        Path dir = json.toAbsolutePath().getParent();
        if (dir == null) {
            return null;
        }
        String base = Formats.baseName(json);
        for (String extension : Formats.DOCUMENT_EXTENSIONS) {
            Path candidate = dir.resolve(base + "." + extension);
            if (Files.isRegularFile(candidate)) {
                return json.resolveSibling(base + "." + extension);
            }
        }
        return null;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<SourceItem> error(String source, String problem) {
        return Stream.of(new SourceError(source, source + ": " + problem));
    }
}
