package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.annals.core.ContentHash;
import org.annals.core.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebArchiveReaderTest {
    private static final Path WARC = Path.of("src", "test", "resources", "warc");
    private final SourceReader reader = new SourceReader();

    @TempDir
    Path dir;

    private List<SourceItem> read(Path path) {
        try (var stream = reader.read(List.of(path))) {
            return stream.toList();
        }
    }

    private List<SourceRecord> records(Path path) {
        List<SourceItem> items = read(path);
        items.forEach(item -> assertInstanceOf(SourceRecord.class, item, item.toString()));
        return items.stream().map(SourceRecord.class::cast).toList();
    }

    // Expected counts: status-200 text/html response records, counted by listing each file's records.
    @ParameterizedTest
    @CsvSource({
        "iipc+jwarc/cc.warc.gz, 1, http://commoncrawl.org/, 2019-12-10",
        "ukwa+webarchive-test-suite/IAH-20080430204825-00000-blackbook-truncated.warc.gz, 2, http://www.archive.org/, 2008-04-30",
        "ukwa+webarchive-test-suite/IAH-urls-wget.warc.gz, 2, https://archive.org/, 2013-10-21",
        "ukwa+webarchive-test-suite/post-blackout.warc.gz, 1, http://wikimediafoundation.org/wiki/SOPA/Blackoutpage, 2012-01-19",
        "webrecorder+warcio/example.warc, 1, http://example.com/, 2017-03-06",
        "webrecorder+warcio/example.warc.gz, 1, http://example.com/, 2017-03-06",
        "webrecorder+warcio/example-iana.org-chunked.warc, 1, http://www.iana.org/, 2017-03-06",
        "webrecorder+warcio/example.arc.gz, 1, http://example.com/, 2014-02-16"
    })
    void eachArchiveGivesItsHtmlPagesWithUrlAndCaptureDate(String file, int pages, String firstUrl, String date) {
        Path path = WARC.resolve(file);
        List<SourceRecord> records = records(path);
        assertEquals(pages, records.size());
        assertEquals(firstUrl, records.get(0).metadata().url());
        for (SourceRecord record : records) {
            assertEquals("html", record.format());
            assertTrue(record.source().startsWith(path + "#"), record.source());
            assertTrue(record.content().toLowerCase(java.util.Locale.ROOT).contains("<html"), record.source());
            assertEquals(ContentHash.sha256(record.content()), record.contentHash());
            // The capture date is only a fallback: the page's own date, found by extraction, must win.
            assertNull(record.metadata().published());
            assertEquals(LocalDate.parse(date), record.fallback().published());
            assertEquals("date=warc-date", record.fallbackSources());
            assertEquals("url=warc", record.metadataSources());
        }
    }

    @Test
    void recordIdNamesTheSourceAndGzipContentEncodingIsDecoded() {
        Path path = WARC.resolve("webrecorder+warcio/example.warc");
        SourceRecord page = records(path).get(0);
        assertEquals(path + "#urn:uuid:a9c51e3e-0221-11e7-bf66-0242ac120005", page.source());
        assertTrue(page.content().contains("<title>Example Domain</title>"), page.content());
    }

    @Test
    void chunkedTransferEncodingIsDecoded() {
        SourceRecord page = records(WARC.resolve("webrecorder+warcio/example-iana.org-chunked.warc"))
                .get(0);
        assertTrue(page.content().stripLeading().startsWith("<!doctype html>"));
        assertTrue(page.content().stripTrailing().endsWith("</html>"), page.content());
        assertTrue(!page.content().contains("\r\n0\r\n"), "chunk framing left in the page");
    }

    @Test
    void arcRecordsHaveNoIdSoTheOffsetNamesThem() {
        Path path = WARC.resolve("webrecorder+warcio/example.arc.gz");
        assertEquals(path + "#offset-171", records(path).get(0).source());
    }

    @Test
    void nonHtmlRecordsAreSkippedSilently() {
        // 117 records: images, scripts, style sheets, requests and one HTML page; none of them is an error.
        List<SourceItem> items = read(WARC.resolve("ukwa+webarchive-test-suite/post-blackout.warc.gz"));
        assertEquals(1, items.size());
        assertInstanceOf(SourceRecord.class, items.get(0));
    }

    @Test
    void truncatedRecordInWarcioFixtureIsReportedWithItsOffsetAndReadingStops() {
        Path path = WARC.resolve("webrecorder+warcio/example-trunc.warc");
        List<SourceItem> items = read(path);
        assertEquals(2, items.size(), items.toString());
        SourceError page = assertInstanceOf(SourceError.class, items.get(0));
        assertTrue(page.message().contains("page cannot be decoded in the record at offset 1197"), page.message());
        SourceError rest = assertInstanceOf(SourceError.class, items.get(1));
        assertTrue(rest.message().startsWith(path + ": archive is cut short or broken near offset"), rest.message());
        assertTrue(rest.message().endsWith("stopped reading this file"), rest.message());
    }

    @Test
    void truncatedGzipGivesTheRecordsBeforeThenOneError() throws IOException {
        byte[] whole = Files.readAllBytes(WARC.resolve("ukwa+webarchive-test-suite/IAH-urls-wget.warc.gz"));
        // Cut inside the gzip member of the request record at offset 13999, after the first HTML page.
        Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(whole, 14200));
        List<SourceItem> items = read(cut);
        assertEquals(2, items.size(), items.toString());
        SourceRecord page = assertInstanceOf(SourceRecord.class, items.get(0));
        assertEquals("https://archive.org/", page.metadata().url());
        SourceError error = assertInstanceOf(SourceError.class, items.get(1));
        assertTrue(
                error.message().startsWith(cut + ": archive is cut short or broken near offset 13999"),
                error.message());
    }

    @Test
    void notAnArchiveAndEmptyArchiveAreErrors() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.warc"), "this is not a web archive\n");
        SourceError error = assertInstanceOf(SourceError.class, read(junk).get(0));
        assertTrue(error.message().contains("not a readable WARC or ARC file"), error.message());
        Path empty = Files.write(dir.resolve("empty.warc.gz"), new byte[0]);
        List<SourceItem> items = read(empty);
        assertEquals(1, items.size());
        assertInstanceOf(SourceError.class, items.get(0));
    }

    @Test
    void capturedDateIsUsedOnlyWhereExtractionFoundNone() {
        SourceRecord page =
                records(WARC.resolve("webrecorder+warcio/example.warc")).get(0);
        Metadata foundNothing = new Metadata("http://example.com/", "", "Example Domain", null, "");
        assertEquals(
                LocalDate.of(2017, 3, 6), foundNothing.orElse(page.fallback()).published());
        assertEquals("date=warc-date", page.fallbackSourcesUsed(foundNothing));
        Metadata foundDate = foundNothing.withPublished(LocalDate.of(2013, 8, 9));
        assertEquals(LocalDate.of(2013, 8, 9), foundDate.orElse(page.fallback()).published());
        assertEquals("", page.fallbackSourcesUsed(foundDate));
    }

    @Test
    void unsupportedContentEncodingIsAnErrorForThatPageOnly() throws IOException {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n"
                + "Content-Length: 4\r\n\r\nxxxx";
        String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.example/\r\n"
                + "WARC-Date: 2024-05-06T23:30:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length()
                + "\r\n\r\n" + http + "\r\n\r\n";
        Path file = Files.writeString(dir.resolve("br.warc"), warc);
        List<SourceItem> items = read(file);
        assertEquals(1, items.size(), items.toString());
        SourceError error = assertInstanceOf(SourceError.class, items.get(0));
        assertEquals(
                file + "#urn:uuid:1: page at offset 0 has content encoding 'br', which is not supported"
                        + " (gzip and deflate are)",
                error.message());
    }

    @Test
    void charsetComesFromTheHttpContentTypeElseUtf8() {
        byte[] latin1 = "café".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(
                "café",
                ArchiveRecords.decode(latin1, org.netpreserve.jwarc.MediaType.parse("text/html; charset=ISO-8859-1")));
        byte[] utf8 = "café".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("café", ArchiveRecords.decode(utf8, org.netpreserve.jwarc.MediaType.parse("text/html")));
        assertEquals(
                "café",
                ArchiveRecords.decode(utf8, org.netpreserve.jwarc.MediaType.parse("text/html; charset=x-nonsense")));
    }

    @Test
    void folderMixingTextFeedAndArchiveYieldsAllInOrder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("mixed"));
        Files.writeString(folder.resolve("a.txt"), "A plain story.");
        Files.copy(
                Path.of("src", "test", "resources", "feeds", "rome-fixtures", "rss_2.0.xml"), folder.resolve("b.rss"));
        Files.copy(WARC.resolve("webrecorder+warcio/example.warc.gz"), folder.resolve("c.warc.gz"));
        List<String> sources =
                records(folder).stream().map(SourceRecord::source).toList();
        assertEquals(
                List.of(
                        folder.resolve("a.txt").toString(),
                        folder.resolve("b.rss") + "#rss_2.0.channel.item[0].link",
                        folder.resolve("b.rss") + "#rss_2.0.channel.item[1].link",
                        folder.resolve("c.warc.gz") + "#urn:uuid:a9c51e3e-0221-11e7-bf66-0242ac120005"),
                sources);
    }
}
