package org.annals.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annals.ingest.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollerTest {
    private static final Duration DELAY = Duration.ofMillis(200);
    private static final String USER_AGENT = FetchSettings.userAgent("9.9-test", "https://example.org/annals");

    @TempDir
    Path dataDir;

    private TestSite site;

    // The first HTTP exchange of a JVM loads and initialises the client; done here, it cannot eat a test's timeout.
    @BeforeAll
    static void warmUp() {
        try (TestSite warm = new TestSite(0)) {
            new PoliteFetcher(FetchSettings.defaults(USER_AGENT).withPerHostDelay(Duration.ZERO), FetchState.inMemory())
                    .fetch(warm.url("/news/c.html"));
        }
    }

    @BeforeEach
    void start() {
        site = new TestSite(3000);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private FeedPoller poller(FetchState state) {
        return poller(state, Duration.ofMillis(10));
    }

    private FeedPoller poller(FetchState state, Duration delay) {
        FetchSettings settings = FetchSettings.defaults(USER_AGENT)
                .withPerHostDelay(delay)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1));
        return new FeedPoller(new PoliteFetcher(settings, state), state, 50, Clock.systemUTC());
    }

    private static Map<String, SourceRecord> bySource(RoundReport report) {
        return report.records().stream().collect(Collectors.toMap(SourceRecord::source, Function.identity()));
    }

    @Test
    void aRoundStoresFullEntriesAndFetchedPagesAndNamesTheFailures() {
        RoundReport report = poller(FetchState.load(dataDir)).poll(List.of(site.url("/feed.rss")));

        assertEquals(1, report.polled());
        assertEquals(0, report.notModified());
        Map<String, SourceRecord> records = bySource(report);
        assertEquals(4, records.size(), records.keySet() + " " + report.errors());
        SourceRecord full = records.get(site.url("/feed.rss") + "#" + site.url("/news/full.html"));
        assertTrue(full.content().contains("every paragraph"), "full content is taken from the feed");

        SourceRecord cafe = records.get(site.url("/news/a.html"));
        assertTrue(cafe.content().contains("met at the café"), "the header's ISO-8859-1 decodes the page");
        assertEquals("Cafe talks", cafe.metadata().title());
        assertEquals("Test Wire", cafe.metadata().publisher());
        assertEquals(LocalDate.of(2025, 9, 2), cafe.metadata().published());
        assertTrue(cafe.metadataSources().contains("charset=windows-1252 (http)"), cafe.metadataSources());
        assertTrue(cafe.metadataSources().contains("title=feed"), cafe.metadataSources());

        assertTrue(records.containsKey(site.url("/news/c.html")), "the redirect was followed to the page");

        String secretEntry = site.url("/feed.rss") + "#" + site.url("/private/secret.html");
        assertTrue(records.get(secretEntry).content().contains("robots.txt keeps us from"), "summary kept");
        assertTrue(site.requestsFor("/private/secret.html").isEmpty(), "a disallowed page is never requested");

        assertEquals(1, report.errors().size(), report.errors().toString());
        assertTrue(
                report.errors().get(0).startsWith(site.url("/slow.html") + ": timed out"),
                report.errors().get(0));
    }

    @Test
    void theSecondRoundSendsTheETagAndStoresNothingNewEvenAfterARestart() {
        poller(FetchState.load(dataDir)).poll(List.of(site.url("/feed.rss")));
        // The slow page failed, so the feed's validators were dropped to retry it; a clean feed keeps them.
        FetchState afterRestart = FetchState.load(dataDir);
        afterRestart.remember(site.url("/feed.rss"), new FetchState.Validators(TestSite.FEED_ETAG, ""));
        afterRestart.save();

        RoundReport second = poller(FetchState.load(dataDir)).poll(List.of(site.url("/feed.rss")));

        List<TestSite.Request> feedRequests = site.requestsFor("/feed.rss");
        assertEquals(2, feedRequests.size());
        assertEquals(TestSite.FEED_ETAG, feedRequests.get(1).header("If-None-Match"));
        assertEquals(1, second.notModified());
        assertTrue(second.records().isEmpty(), second.records().toString());
        assertEquals(1, site.requestsFor("/news/a.html").size(), "a page fetched once is not fetched again");
    }

    @Test
    void aFeedWithAFailedPageIsReadAgainAndOnlyTheFailedPageRetried() {
        FetchState state = FetchState.load(dataDir);
        poller(state).poll(List.of(site.url("/feed.rss")));
        RoundReport second = poller(FetchState.load(dataDir)).poll(List.of(site.url("/feed.rss")));

        assertEquals(0, second.notModified());
        assertEquals("", site.requestsFor("/feed.rss").get(1).header("If-None-Match"));
        assertEquals(2, site.requestsFor("/slow.html").size());
        assertEquals(1, site.requestsFor("/news/a.html").size());
    }

    @Test
    void requestsToOneHostAreSpacedByTheDelayAndNameAnnals() {
        poller(FetchState.inMemory(), DELAY).poll(List.of(site.url("/feed.rss")));

        List<TestSite.Request> requests = site.requests();
        assertTrue(requests.size() >= 5, requests.toString());
        for (int i = 1; i < requests.size(); i++) {
            long gap = requests.get(i).nanos() - requests.get(i - 1).nanos();
            assertTrue(gap >= DELAY.toNanos(), "gap before " + requests.get(i).path() + ": " + gap / 1_000_000 + " ms");
        }
        for (TestSite.Request request : requests) {
            assertTrue(
                    request.header("User-Agent").startsWith("Annals/9.9-test (+https://example.org/annals)"),
                    request.header("User-Agent"));
        }
        assertEquals(1, site.requestsFor("/robots.txt").size(), "robots.txt is fetched once per host");
    }

    @Test
    void aLongerCrawlDelayInRobotsTxtSpacesTheRequestsInstead() {
        Duration crawlDelay = Duration.ofMillis(400);
        try (TestSite slowPaced = new TestSite(0, "User-agent: *\nCrawl-delay: 0.4\nDisallow: /private/\n")) {
            FetchSettings settings = FetchSettings.defaults(USER_AGENT).withPerHostDelay(Duration.ofMillis(10));
            PoliteFetcher fetcher = new PoliteFetcher(settings, FetchState.inMemory());
            for (String path : List.of("/news/a.html", "/news/b.html", "/news/c.html")) {
                assertTrue(fetcher.fetch(slowPaced.url(path)).ok(), path);
            }
            List<TestSite.Request> requests = slowPaced.requests();
            assertEquals(4, requests.size(), "robots.txt and three pages: " + requests);
            for (int i = 1; i < requests.size(); i++) {
                long gap = requests.get(i).nanos() - requests.get(i - 1).nanos();
                assertTrue(
                        gap >= crawlDelay.toNanos(),
                        "gap before " + requests.get(i).path() + ": " + gap / 1_000_000 + " ms");
            }
        }
    }

    @Test
    void fetchingOnceFollowsASitemapIndexAndNamesEachFailedPage() {
        RoundReport report = poller(FetchState.load(dataDir)).fetchOnce(List.of(site.url("/sitemap-index.xml")));

        Map<String, SourceRecord> records = bySource(report);
        assertEquals(
                List.of(site.url("/news/c.html")),
                List.copyOf(records.keySet()),
                report.errors().toString());
        assertEquals(
                LocalDate.of(2025, 9, 2),
                records.get(site.url("/news/c.html")).metadata().published());
        assertEquals(2, report.errors().size(), report.errors().toString());
        assertTrue(
                report.errors().contains(site.url("/news/gone.html") + ": HTTP status 404"),
                report.errors().toString());
        assertTrue(
                report.errors().stream().anyMatch(e -> e.startsWith(site.url("/slow.html") + ": timed out")),
                report.errors().toString());
    }

    @Test
    void fetchingOnceTellsAnOpmlListAndAnArticlePageFromTheirContent() {
        RoundReport report =
                poller(FetchState.load(dataDir)).fetchOnce(List.of(site.url("/feeds.opml"), site.url("/news/b.html")));

        Map<String, SourceRecord> records = bySource(report);
        assertTrue(
                records.containsKey(site.url("/news/a.html")), "the OPML list's feed was polled: " + records.keySet());
        SourceRecord page = records.get(site.url("/news/b.html"));
        assertTrue(page.content().contains("The port reopened"), "the article page is stored as it is");
        assertEquals("html", page.format());
        assertEquals("url=fetch", page.metadataSources().replaceAll(",charset=.*", ""));
    }

    @Test
    void badPagesAreEachAnErrorNamingTheUrlAndTheProblemAndTheGoodPageIsKept() {
        FetchSettings settings = FetchSettings.defaults(USER_AGENT)
                .withPerHostDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withMaxBytes(1024 * 1024);
        FetchState state = FetchState.inMemory();
        RoundReport report = new FeedPoller(new PoliteFetcher(settings, state), state, 50, Clock.systemUTC())
                .fetchOnce(List.of(site.url("/sitemap-bad.xml")));

        assertEquals(
                List.of(site.url("/news/c.html")), List.copyOf(bySource(report).keySet()));
        List<String> errors = report.errors();
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(
                errors.contains(site.url("/bomb.html") + ": body over the 1.0 MB limit once decompressed"),
                "a decompression bomb stops at the limit: " + errors);
        assertTrue(
                errors.stream().anyMatch(e -> e.startsWith(site.url("/cut-gzip.html") + ": broken gzip body")),
                errors.toString());
        assertTrue(errors.contains(site.url("/big.html") + ": body over the 1.0 MB limit"), errors.toString());
        assertTrue(
                errors.contains(site.url("/blank.html") + ": page has only whitespace; nothing to read"),
                errors.toString());
    }

    @Test
    void watchStillTreatsAPageInItsListAsAnUnreadableFeed() {
        RoundReport report = poller(FetchState.inMemory()).poll(List.of(site.url("/news/c.html")));
        assertEquals(List.of(), report.records());
        assertTrue(
                report.errors().get(0).contains("not a readable RSS or Atom feed"),
                report.errors().toString());
    }

    @Test
    void aGoogleNewsSitemapGivesPagesWithItsMetadataAndGzipIsUndone() {
        RoundReport report = poller(FetchState.inMemory()).poll(List.of(site.url("/sitemap.xml")));

        Map<String, SourceRecord> records = bySource(report);
        SourceRecord port = records.get(site.url("/news/b.html"));
        assertTrue(port.content().contains("reopened on Tuesday"), port.content());
        assertEquals("Port reopens after repairs", port.metadata().title());
        assertEquals("Harbour Times", port.metadata().publisher());
        assertEquals(
                LocalDate.of(2025, 9, 2),
                port.metadata().published(),
                "the publisher's own day (23:30 at -05:00), not the day in UTC");
        assertEquals("date=sitemap,publisher=sitemap,title=sitemap,url=fetch", port.metadataSources());
        assertEquals(1, records.size(), records.keySet().toString());
        assertTrue(site.requestsFor("/private/hidden.html").isEmpty());
        assertEquals(List.of(site.url("/loop.html") + ": more than 5 redirects"), report.errors());
    }

    @Test
    void anUnreachableListIsAnErrorAndTheRoundGoesOn() {
        RoundReport report =
                poller(FetchState.inMemory()).poll(List.of(site.url("/missing.rss"), site.url("/sitemap.xml")));

        assertEquals(2, report.polled());
        assertTrue(
                report.errors().contains(site.url("/missing.rss") + ": HTTP status 404"),
                report.errors().toString());
        assertFalse(report.records().isEmpty());
    }
}
