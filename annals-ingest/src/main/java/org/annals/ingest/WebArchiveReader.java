package org.annals.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.annals.core.Metadata;
import org.netpreserve.jwarc.WarcReader;

/**
 * Reads a WARC or ARC file (plain or gzipped) lazily: one record per archived HTML page, errors for broken records.
 */
final class WebArchiveReader {
    private static final int MAX_MESSAGE = 200;

    private WebArchiveReader() {}

    static Stream<SourceItem> read(Path file, Metadata overrides, long maxPayloadBytes) {
        String name = file.toString();
        WarcReader reader;
        try {
            reader = new WarcReader(file);
        } catch (IOException | RuntimeException e) {
            return Stream.of(new SourceError(name, name + ": not a readable WARC or ARC file (" + describe(e) + ")"));
        }
        ArchiveRecords records = new ArchiveRecords(name, reader, overrides, maxPayloadBytes);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED), false)
                .flatMap(List::stream)
                .onClose(records::close);
    }

    /** The exception's class and message, cut short: parser messages can quote kilobytes of binary data. */
    static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "...";
    }
}
