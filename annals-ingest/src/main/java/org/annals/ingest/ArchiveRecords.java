package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.annals.core.ContentHash;
import org.annals.core.Metadata;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Walks one archive, giving for each archive record the items it yields (none for anything but an HTML page). A
 * record that cannot be framed ends the walk, since nothing after it can be found reliably.
 */
final class ArchiveRecords implements Iterator<List<SourceItem>>, AutoCloseable {
    static final String URL_ORIGIN = "warc";
    static final String DATE_ORIGIN = "warc-date";
    static final String HTTP_ORIGIN = "http";
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    // Brotli and zstd need optional libraries of jwarc that Annals does not ship.
    private static final Set<String> DECODABLE_ENCODINGS = Set.of("", "identity", "none", "gzip", "x-gzip", "deflate");
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    private final String name;
    private final WarcReader reader;
    private final Metadata overrides;
    private final long maxPayloadBytes;
    private boolean done;
    private int archiveRecords;
    private int itemsGiven;

    ArchiveRecords(String name, WarcReader reader, Metadata overrides, long maxPayloadBytes) {
        this.name = name;
        this.reader = reader;
        this.overrides = overrides;
        this.maxPayloadBytes = maxPayloadBytes;
    }

    @Override
    public boolean hasNext() {
        return !done;
    }

    @Override
    public List<SourceItem> next() {
        if (done) {
            throw new NoSuchElementException();
        }
        Optional<WarcRecord> record;
        try {
            record = reader.next();
        } catch (IOException | RuntimeException e) {
            return finish(List.of(unreadable(e)));
        }
        if (record.isEmpty()) {
            return finish(archiveRecords == 0 ? List.of(error("empty archive (no WARC or ARC records)")) : noPages());
        }
        archiveRecords++;
        List<SourceItem> items = itemsOf(record.get(), record.get().position());
        itemsGiven += items.size();
        return items;
    }

    // Depending on where parsing failed, the reader's position is the last good record or the failure itself.
    private SourceError unreadable(Exception e) {
        String where = archiveRecords == 0
                ? "not a readable WARC or ARC file at offset 0"
                : "archive is cut short or broken near offset " + reader.position();
        return error(where + " (" + WebArchiveReader.describe(e) + "); stopped reading this file");
    }

    // An archive full of images and scripts would otherwise pass without a word.
    private List<SourceItem> noPages() {
        return itemsGiven > 0
                ? List.of()
                : List.of(error("no HTML pages among " + archiveRecords
                        + " archive records (only status-200 text/html responses are read)"));
    }

    private List<SourceItem> finish(List<SourceItem> last) {
        done = true;
        close();
        return last;
    }

    private List<SourceItem> itemsOf(WarcRecord record, long offset) {
        if (!(record instanceof WarcResponse response) || !isHttp(record.contentType())) {
            return List.of();
        }
        String source = name + "#" + recordId(record, offset);
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            return List.of(recordError(source, offset, "unreadable HTTP response", e));
        }
        if (http.status() != 200 || !HTML_TYPES.contains(baseType(http.contentType()))) {
            return List.of();
        }
        String encoding =
                http.headers().first("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        if (!DECODABLE_ENCODINGS.contains(encoding)) {
            return List.of(new SourceError(
                    source,
                    source + ": page at offset " + offset + " has content encoding '" + encoding
                            + "', which is not supported (gzip and deflate are)"));
        }
        byte[] payload;
        try {
            payload = payload(http);
        } catch (IOException | RuntimeException e) {
            return List.of(recordError(source, offset, "page cannot be decoded", e));
        }
        if (payload.length > maxPayloadBytes) {
            return List.of(new SourceError(
                    source,
                    source + ": page at offset " + offset + " is over the " + maxPayloadBytes
                            + " byte limit; raise the limit with " + SourceReader.MAX_BYTES_OPTION));
        }
        Decoded decoded = decodeWithCharset(payload, http.contentType());
        String content = decoded.text();
        if (content.isBlank()) {
            return List.of(new SourceError(source, source + ": page at offset " + offset + " is empty"));
        }
        return List.of(toRecord(source, response, content, decoded.charset()));
    }

    private SourceRecord toRecord(String source, WarcResponse response, String content, String charset) {
        String url = response.target() == null ? "" : response.target().strip();
        SourcedMetadata given = new SourcedMetadata(
                new Metadata(url, "", "", null, ""), url.isEmpty() ? Map.of() : Map.of("url", URL_ORIGIN));
        SourcedMetadata merged = given.overriddenBy(overrides, "cli").withSource(SourceReader.CHARSET, charset);
        LocalDate captured = captureDate(response);
        return new SourceRecord(
                source,
                Formats.HTML,
                content,
                merged.metadata(),
                merged.describeSources(),
                ContentHash.sha256(content),
                Metadata.EMPTY.withPublished(captured),
                captured == null ? "" : "date=" + DATE_ORIGIN);
    }

    private byte[] payload(HttpResponse http) throws IOException {
        // bodyDecoded undoes chunked transfer encoding and gzip or deflate content encoding.
        try (InputStream in = http.bodyDecoded().stream()) {
            return in.readNBytes((int) Math.min(maxPayloadBytes + 1, MAX_ARRAY));
        }
    }

    /** The page's text; see {@link #decodeWithCharset}. */
    static String decode(byte[] payload, MediaType type) {
        return decodeWithCharset(payload, type).text();
    }

    /**
     * The charset named in the HTTP Content-Type, else the one the bytes show (byte order mark, the page's own
     * declaration, UTF-8, a legacy encoding), else UTF-8 with malformed bytes as U+FFFD. The description is
     * empty for UTF-8.
     */
    static Decoded decodeWithCharset(byte[] payload, MediaType type) {
        return decodeWithCharset(payload, type.parameters().getOrDefault("charset", ""));
    }

    /** As {@link #decodeWithCharset(byte[], MediaType)}, with the charset parameter of the header (or empty). */
    static Decoded decodeWithCharset(byte[] payload, String charsetParameter) {
        String name = charsetParameter.strip().replace("\"", "");
        Optional<Charset> declared = name.isEmpty() ? Optional.empty() : DeclaredCharset.charset(name);
        if (declared.isPresent()) {
            String text = stripBom(new String(payload, declared.get()));
            return declared.get().equals(StandardCharsets.UTF_8)
                    ? Decoded.text(text)
                    : Decoded.text(text, declared.get().name() + " (" + HTTP_ORIGIN + ")");
        }
        Decoded detected = TextDecoder.decodeDocument(payload, true);
        if (detected.ok()) {
            return Decoded.text(stripBom(detected.text()), detected.charset());
        }
        // Damaged or binary-looking bytes: UTF-8, the likeliest encoding of a page, with replacement characters.
        return Decoded.text(stripBom(new String(payload, StandardCharsets.UTF_8)));
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean isHttp(MediaType type) {
        return baseType(type).equals("application/http");
    }

    private static String baseType(MediaType type) {
        return type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    }

    private static String recordId(WarcRecord record, long offset) {
        Optional<String> id = record.headers().first("WARC-Record-ID");
        return id.map(value -> value.replaceAll("^<|>$", "").strip())
                .filter(value -> !value.isEmpty())
                .orElse("offset-" + offset);
    }

    private static LocalDate captureDate(WarcRecord record) {
        try {
            return record.date().atOffset(ZoneOffset.UTC).toLocalDate();
        } catch (RuntimeException missingOrBadDate) {
            return null;
        }
    }

    private SourceError recordError(String source, long offset, String what, Exception e) {
        return new SourceError(
                source,
                source + ": " + what + " in the record at offset " + offset + " (" + WebArchiveReader.describe(e)
                        + ")");
    }

    private SourceError error(String problem) {
        return new SourceError(name, name + ": " + problem);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
