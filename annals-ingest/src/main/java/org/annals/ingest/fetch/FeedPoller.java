package org.annals.ingest.fetch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Metadata;
import org.annals.ingest.SourceError;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceRecord;
import org.annals.ingest.WebSources;
import org.annals.ingest.XmlRoot;

/**
 * Polls feeds and sitemaps once: each list is fetched (conditionally), each entry with full content becomes a record
 * as it is, and each entry with only a summary, and each page of a sitemap, is fetched unless an earlier round
 * fetched it. A page robots.txt disallows is not fetched: a feed entry keeps its summary, a sitemap link is dropped.
 * A list whose pages could not all be fetched forgets its validators, so the next round reads it again and retries
 * them. Not thread-safe: one round at a time.
 */
public final class FeedPoller {
    /** The most pages fetched from one list in a round; the rest wait for later rounds. */
    public static final int DEFAULT_MAX_PAGES_PER_LIST = 200;

    private final PoliteFetcher fetcher;
    private final FetchState state;
    private final int maxPagesPerList;
    private final Clock clock;

    public FeedPoller(PoliteFetcher fetcher, FetchState state, int maxPagesPerList, Clock clock) {
        if (maxPagesPerList < 1) {
            throw new IllegalArgumentException("max pages per list must be at least 1, got " + maxPagesPerList);
        }
        this.fetcher = fetcher;
        this.state = state;
        this.maxPagesPerList = maxPagesPerList;
        this.clock = clock;
    }

    /** Polls every list (a feed or a sitemap) once and saves the fetch state. */
    public RoundReport poll(List<String> lists) {
        return run(lists, false);
    }

    /**
     * Fetches each address once, whatever it holds, told apart by its content: a feed, a sitemap or sitemap index, an
     * OPML list (each of whose feeds is polled) or an article page (stored as it is). Saves the fetch state.
     */
    public RoundReport fetchOnce(List<String> urls) {
        return run(urls, true);
    }

    private RoundReport run(List<String> urls, boolean anyKind) {
        Round round = new Round(anyKind);
        for (String url : urls) {
            round.pollList(url, true);
        }
        state.save();
        return new RoundReport(round.records, round.polled, round.notModified, round.pages, round.errors);
    }

    private final class Round {
        final boolean anyKind;
        final List<SourceRecord> records = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        int polled;
        int notModified;
        int pages;

        Round(boolean anyKind) {
            this.anyKind = anyKind;
        }

        void pollList(String url, boolean mayHoldIndex) {
            pollList(url, mayHoldIndex, anyKind);
        }

        // An OPML list's feeds may be sitemap indexes, but not OPML lists again, so a list naming itself ends.
        void pollList(String url, boolean mayHoldIndex, boolean mayBeOpml) {
            polled++;
            FetchResult list = fetcher.fetch(url);
            if (list.status() == FetchResult.Status.NOT_MODIFIED) {
                notModified++;
                return;
            }
            if (!list.ok()) {
                errors.add(url + ": " + list.problem());
                return;
            }
            int errorsBefore = errors.size();
            String root = XmlRoot.localName(list.body());
            if (XmlRoot.isSitemapRoot(root)) {
                readSitemap(url, list.body(), mayHoldIndex);
            } else if (!anyKind || XmlRoot.isFeedRoot(root)) {
                readFeed(url, list.body());
            } else if (root.equals("opml") && mayBeOpml) {
                readOpml(url, list.body());
            } else {
                pages++;
                state.markFetched(list.url(), today().toString());
                add(WebSources.page(list.url(), list.body(), list.contentType(), Metadata.EMPTY, "fetch"));
            }
            if (errors.size() > errorsBefore) {
                state.forget(url);
            }
        }

        private void readFeed(String url, byte[] body) {
            int fetched = 0;
            for (WebSources.FeedEntry entry : WebSources.feedEntries(url, body)) {
                if (entry.pageUrl().isEmpty()) {
                    add(entry.item());
                } else if (!state.wasFetched(entry.pageUrl()) && fetched++ < maxPagesPerList) {
                    fetchPage(entry.pageUrl(), entry.metadata(), "feed", entry.item());
                }
            }
        }

        private void readOpml(String url, byte[] body) {
            try {
                OpmlReader.read(body).forEach(feed -> pollList(feed.toString(), true, false));
            } catch (IllegalArgumentException e) {
                errors.add(url + ": " + e.getMessage());
            }
        }

        private void readSitemap(String url, byte[] body, boolean mayHoldIndex) {
            LinkSource sitemap;
            try {
                sitemap = SitemapReader.read(body);
            } catch (IllegalArgumentException e) {
                errors.add(url + ": " + e.getMessage());
                return;
            }
            if (mayHoldIndex) {
                sitemap.childLists().forEach(child -> pollList(child, false));
            }
            int fetched = 0;
            for (Link link : sitemap.links()) {
                if (!state.wasFetched(link.url()) && fetched++ < maxPagesPerList) {
                    Metadata metadata = new Metadata("", link.publisher(), link.title(), link.published(), "");
                    fetchPage(link.url(), metadata, "sitemap", null);
                }
            }
        }

        private void fetchPage(String url, Metadata metadata, String origin, SourceItem summary) {
            FetchResult page = fetcher.fetch(url);
            if (page.status() == FetchResult.Status.DISALLOWED) {
                state.markFetched(url, "disallowed " + today());
                if (summary != null) {
                    add(summary);
                }
                return;
            }
            if (!page.ok() && page.status() != FetchResult.Status.NOT_MODIFIED) {
                errors.add(url + ": " + page.problem());
                return;
            }
            state.markFetched(url, today().toString());
            if (page.ok()) {
                pages++;
                add(WebSources.page(page.url(), page.body(), page.contentType(), metadata, origin));
            }
        }

        private void add(SourceItem item) {
            if (item instanceof SourceRecord record) {
                records.add(record);
            } else {
                errors.add(((SourceError) item).message());
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
