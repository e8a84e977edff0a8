package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration errors of {@code annals watch} are usage errors that show the valid forms; no model is loaded. */
class WatchCliTest {
    @TempDir
    Path dir;

    private Path opml(String body) throws IOException {
        return Files.writeString(dir.resolve("feeds.opml"), body);
    }

    @Test
    void feedsAreRequired() {
        CliRun run = CliRun.of("watch", "--once");

        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().contains("--feeds"), run.err());
    }

    @Test
    void aBadIntervalListsTheValidForms() throws IOException {
        Path feeds = opml("<opml><body><outline xmlUrl=\"http://127.0.0.1:9/feed.xml\"/></body></opml>");

        CliRun run = CliRun.of("watch", "--feeds", feeds.toString(), "--interval", "15 minutes");

        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(
                run.err().contains("'15 minutes' is not a duration; use a number with a unit (200ms, 30s, 15m"),
                run.err());
    }

    @Test
    void anOpmlWithoutFeedsShowsTheExpectedForm() throws IOException {
        Path feeds = opml("<opml><body><outline text=\"folder\"/></body></opml>");

        CliRun run = CliRun.of("watch", "--feeds", feeds.toString(), "--once", "--data-dir", dir.toString());

        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().contains("no feeds"), run.err());
        assertTrue(run.err().contains("xmlUrl=\"https://example.org/feed.xml\""), run.err());
    }

    @Test
    void aFeedListThatIsNotXmlOrMissingIsAUsageError() throws IOException {
        Path notXml = opml("https://example.org/feed.xml\n");

        CliRun broken = CliRun.of("watch", "--feeds", notXml.toString(), "--once");
        CliRun missing = CliRun.of("watch", "--feeds", dir.resolve("none.opml").toString(), "--once");

        assertEquals(Main.USAGE, broken.exitCode());
        assertTrue(broken.err().contains("invalid XML"), broken.err());
        assertEquals(Main.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("none.opml"), missing.err());
    }

    @Test
    void ingestingASitemapSaysToUseWatch() throws IOException {
        Path sitemap = Files.writeString(
                dir.resolve("sitemap.xml"),
                "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://a.example/</loc>"
                        + "</url></urlset>");

        CliRun run = CliRun.of(
                "ingest", "--no-progress", "--data-dir", dir.resolve("data").toString(), sitemap.toString());

        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("is a sitemap") && run.err().contains("annals watch"), run.err());
    }
}
