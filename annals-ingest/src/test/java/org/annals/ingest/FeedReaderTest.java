package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.core.ContentHash;
import org.annals.core.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedReaderTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "feeds", "rome-fixtures");
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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "rss_0.9",
                "rss_0.91N",
                "rss_0.91U",
                "rss_0.92",
                "rss_0.93",
                "rss_0.94",
                "rss_1.0",
                "rss_2.0",
                "atom_0.3",
                "atom_1.0"
            })
    void everyFeedVersionGivesOneRecordPerEntryWithTitleLinkAndPublisher(String version) {
        Path file = FIXTURES.resolve(version + ".xml");
        List<SourceRecord> records = records(file);
        assertEquals(2, records.size());
        for (int i = 0; i < 2; i++) {
            SourceRecord record = records.get(i);
            Metadata metadata = record.metadata();
            assertTrue(
                    metadata.title().startsWith(version + ".")
                            && metadata.title().contains("[" + i + "].title"),
                    metadata.title());
            assertTrue(
                    metadata.url().contains("[" + i + "].link")
                            || metadata.url().endsWith("entry" + (i + 1)),
                    metadata.url());
            assertEquals(
                    version + (version.startsWith("rss") ? ".channel.title" : ".feed.title"), metadata.publisher());
            assertEquals(file + "#" + metadata.url(), record.source());
            assertEquals(ContentHash.sha256(record.content()), record.contentHash());
            assertTrue(record.metadataSources().contains("title=feed,url=feed"), record.metadataSources());
        }
    }

    @Test
    void contentBeatsSummaryAndIsHtml() {
        SourceRecord first = records(FIXTURES.resolve("rss_2.0.xml")).get(0);
        assertEquals("html", first.format());
        assertEquals("rss_2.0.channel.item[0].content", first.content());
        assertEquals(LocalDate.of(2001, 1, 1), first.metadata().published());
        assertEquals("date=feed,publisher=feed,title=feed,url=feed", first.metadataSources());
    }

    @Test
    void atomPublishedDateIsThePublishersCalendarDate() {
        // atom_1.0 entry 0: published 2000-01-01T00:00:00-01:00, updated 2000-01-01T00:00:00Z
        SourceRecord first = records(FIXTURES.resolve("atom_1.0.xml")).get(0);
        assertEquals(LocalDate.of(2000, 1, 1), first.metadata().published());
        assertEquals("html", first.format());
    }

    @Test
    void aDateTimeWithAnOffsetGivesTheDayInThatOffsetNotInUtc() throws IOException {
        Path rss = Files.writeString(dir.resolve("late.rss"), """
                <rss version="2.0"><channel><title>Late Wire</title>
                <item><title>Late</title><link>https://news.example/late</link>
                  <pubDate>Tue, 02 Sep 2025 23:30:00 -0500</pubDate><description>Filed late.</description></item>
                <item><title>Early</title><link>https://news.example/early</link>
                  <pubDate>Wed, 03 Sep 2025 00:30:00 +0300</pubDate><description>Filed early.</description></item>
                </channel></rss>
                """, StandardCharsets.UTF_8);
        Path atom = Files.writeString(dir.resolve("late.atom"), """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Late Wire</title><id>urn:x</id>
                <updated>2025-09-03T04:30:00Z</updated>
                <entry><title>Late</title><id>urn:a</id><link href="https://news.example/a"/>
                  <published>2025-09-02T23:30:00-05:00</published><updated>2025-09-03T04:30:00Z</updated>
                  <summary>Filed late.</summary></entry>
                </feed>
                """, StandardCharsets.UTF_8);

        List<SourceRecord> fromRss = records(rss);
        assertEquals(LocalDate.of(2025, 9, 2), fromRss.get(0).metadata().published(), "3 September in UTC");
        assertEquals(LocalDate.of(2025, 9, 3), fromRss.get(1).metadata().published(), "2 September in UTC");
        assertEquals(LocalDate.of(2025, 9, 2), records(atom).get(0).metadata().published());
    }

    @Test
    void plainSummaryIsTextAndATitleOnlyEntryYieldsItsTitle() {
        SourceRecord summary = records(FIXTURES.resolve("rss_0.91U.xml")).get(1);
        assertEquals("text", summary.format());
        assertEquals("rss_0.91U.channel.item[1].description", summary.content());
        SourceRecord titleOnly = records(FIXTURES.resolve("rss_0.9.xml")).get(0);
        assertEquals("text", titleOnly.format());
        assertEquals("rss_0.9.item[0].title", titleOnly.content());
    }

    @Test
    void cdataLinksAreReadAndASharedLinkFallsBackToTheEntryIndex() {
        Path file = FIXTURES.resolve("CDATATestFeed.xml");
        List<SourceRecord> records = records(file);
        String link = "http://rtl-now.rtl.de/awz.php?container_id=26908&paytype=ppv&productdetail=1&na=1";
        assertEquals(2, records.size());
        assertEquals(link, records.get(0).metadata().url());
        assertEquals(link, records.get(1).metadata().url());
        assertEquals(file + "#" + link, records.get(0).source());
        assertEquals(file + "#entry-2", records.get(1).source());
        assertEquals("test", records.get(1).metadata().publisher());
        assertEquals("Some Description", records.get(1).content());
        assertEquals(LocalDate.of(2009, 8, 5), records.get(1).metadata().published());
    }

    @Test
    void invalidXmlIsOneErrorNamingTheFileAndTheParserMessage() throws IOException {
        Path file = Files.writeString(
                dir.resolve("broken.rss"),
                "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>\n"
                        + "<item><title>One</title></itme></channel></rss>\n",
                StandardCharsets.UTF_8);
        List<SourceItem> items = read(file);
        assertEquals(1, items.size(), items.toString());
        SourceError error = assertInstanceOf(SourceError.class, items.get(0));
        assertTrue(error.message().startsWith(file + ": invalid feed ("), error.message());
        assertTrue(error.message().contains("line 3"), error.message());
    }

    @Test
    void xmlFilesAreFeedsOnlyWhenTheRootElementSaysSo() throws IOException {
        Path feed = Files.writeString(
                dir.resolve("news.xml"),
                "<?xml version=\"1.0\"?>\n<!-- a comment -->\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                        + " xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"x\"><title>P</title>"
                        + "<link>http://p.example/</link><description>d</description></channel>"
                        + "<item rdf:about=\"http://p.example/1\"><title>One</title><link>http://p.example/1</link>"
                        + "<description>First summary.</description></item></rdf:RDF>\n");
        List<SourceRecord> records = records(feed);
        assertEquals(1, records.size());
        assertEquals("First summary.", records.get(0).content());
        assertEquals("P", records.get(0).metadata().publisher());

        Path other = Files.writeString(dir.resolve("config.xml"), "<config><a>1</a></config>\n");
        SourceRecord plain = assertInstanceOf(SourceRecord.class, read(other).get(0));
        assertEquals(other.toString(), plain.source());
        assertFalse(FeedReader.looksLikeFeed("<config/>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(FeedReader.looksLikeFeed("\uFEFF<?xml version='1.0'?><feed/>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void feedWithoutEntriesAndEntryWithoutTextAreErrors() throws IOException {
        Path empty = Files.writeString(
                dir.resolve("empty.rss"), "<rss version=\"2.0\"><channel><title>T</title></channel></rss>");
        assertTrue(assertInstanceOf(SourceError.class, read(empty).get(0))
                .message()
                .contains("feed has no entries"));

        Path mixed = Files.writeString(
                dir.resolve("mixed.rss"),
                "<rss version=\"2.0\"><channel><title>T</title><item><link>http://x.example/a</link></item>"
                        + "<item><title>Kept</title></item></channel></rss>");
        List<SourceItem> items = read(mixed);
        assertEquals(2, items.size());
        assertTrue(assertInstanceOf(SourceError.class, items.get(0))
                .message()
                .contains("feed entry 1 has no title, summary or content"));
        assertEquals(
                mixed + "#entry-2",
                assertInstanceOf(SourceRecord.class, items.get(1)).source());
    }

    @Test
    void externalEntitiesAreNeverLoaded() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-VALUE");
        Path file = Files.writeString(
                dir.resolve("xxe.rss"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<rss version=\"2.0\"><channel><title>T</title><item><title>a &x; b</title>"
                        + "<description>d &x;</description></item></channel></rss>");
        List<SourceItem> items = read(file);
        assertEquals(1, items.size(), items.toString());
        assertFalse(
                items.get(0).toString().contains("SECRET-VALUE"), items.get(0).toString());
    }

    @Test
    void commandLineMetadataOverridesTheFeed() {
        Metadata cli = new Metadata("", "Wire Service", "", null, "");
        List<SourceItem> items =
                reader.readFile(FIXTURES.resolve("rss_2.0.xml"), cli).toList();
        SourceRecord record = assertInstanceOf(SourceRecord.class, items.get(0));
        assertEquals("Wire Service", record.metadata().publisher());
        assertEquals("date=feed,publisher=cli,title=feed,url=feed", record.metadataSources());
    }
}
