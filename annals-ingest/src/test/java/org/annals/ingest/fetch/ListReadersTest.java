package org.annals.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.ingest.SourceError;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListReadersTest {
    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void opmlGivesTheFeedsOfNestedOutlinesOnce() {
        byte[] opml = utf8("""
                <opml version="2.0"><head><title>News</title></head><body>
                  <outline text="World">
                    <outline text="A" type="rss" xmlUrl="https://a.example/feed.xml"/>
                    <outline text="B" xmlUrl="http://b.example/rss"/>
                  </outline>
                  <outline text="A again" xmlUrl="https://a.example/feed.xml"/>
                  <outline text="no feed"/>
                </body></opml>
                """);

        assertEquals(
                List.of(URI.create("https://a.example/feed.xml"), URI.create("http://b.example/rss")),
                OpmlReader.read(opml));
    }

    @Test
    void badOpmlSaysWhatIsWrong() {
        IllegalArgumentException noFeeds =
                assertThrows(IllegalArgumentException.class, () -> OpmlReader.read(utf8("<opml><body/></opml>")));
        assertTrue(noFeeds.getMessage().contains("xmlUrl="), noFeeds.getMessage());

        IllegalArgumentException relative = assertThrows(
                IllegalArgumentException.class,
                () -> OpmlReader.read(utf8("<opml><body><outline xmlUrl=\"feed.xml\"/></body></opml>")));
        assertTrue(relative.getMessage().contains("\"feed.xml\" is not an absolute http(s) URL"));

        assertThrows(IllegalArgumentException.class, () -> OpmlReader.read(utf8("<rss/>")));
        assertThrows(IllegalArgumentException.class, () -> OpmlReader.read(utf8("<opml><body>")));
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<opml><body><outline xmlUrl=\"https://a.example/&x;\"/></body></opml>";

        assertThrows(IllegalArgumentException.class, () -> OpmlReader.read(utf8(xxe)));
    }

    @Test
    void aSitemapIndexListsItsSitemaps() {
        LinkSource index = SitemapReader.read(utf8("""
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://a.example/news-1.xml</loc></sitemap>
                  <sitemap><loc>https://a.example/news-2.xml</loc><lastmod>2025-09-01</lastmod></sitemap>
                </sitemapindex>
                """));

        assertEquals(List.of("https://a.example/news-1.xml", "https://a.example/news-2.xml"), index.childLists());
        assertTrue(index.links().isEmpty());
    }

    @Test
    void aPlainSitemapUsesLastmodAsTheDate() {
        LinkSource sitemap = SitemapReader.read(utf8("""
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://a.example/a.html</loc><lastmod>2025-09-01T08:00:00+02:00</lastmod></url>
                  <url><loc>https://a.example/b.html</loc><lastmod>yesterday</lastmod></url>
                  <url><lastmod>2025-09-01</lastmod></url>
                </urlset>
                """));

        assertEquals(
                List.of(
                        new Link("https://a.example/a.html", "", LocalDate.of(2025, 9, 1), ""),
                        new Link("https://a.example/b.html", "", null, "")),
                sitemap.links());
    }

    @Test
    void ingestingASitemapFileSaysToFetchItWithWatch(@TempDir Path dir) throws IOException {
        Path sitemap = Files.writeString(
                dir.resolve("sitemap.xml"),
                "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<url><loc>https://a.example/a.html</loc></url></urlset>");

        List<SourceItem> items;
        try (var stream = new SourceReader().read(List.of(sitemap))) {
            items = stream.toList();
        }

        assertEquals(1, items.size());
        String message = ((SourceError) items.get(0)).message();
        assertTrue(message.contains("is a sitemap"), message);
        assertTrue(message.contains("annals watch"), message);
    }
}
