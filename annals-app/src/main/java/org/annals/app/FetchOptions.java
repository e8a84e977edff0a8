package org.annals.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.annals.ingest.fetch.FeedPoller;
import org.annals.ingest.fetch.FetchSettings;
import org.annals.ingest.fetch.FetchState;
import org.annals.ingest.fetch.PoliteFetcher;
import picocli.CommandLine.Option;

/** How politely and how far the commands that fetch from the web go; shared by watch and ingest --fetch. */
final class FetchOptions {
    @Option(
            names = "--contact",
            paramLabel = "URL|EMAIL",
            description = "How site owners can reach whoever runs Annals; sent in the User-Agent header.")
    String contact;

    @Option(
            names = "--delay",
            defaultValue = "1s",
            converter = DurationConverter.class,
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}); a longer"
                    + " robots.txt Crawl-delay wins, up to 60s.")
    Duration delay;

    @Option(
            names = "--timeout",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Longest wait for one response (default: ${DEFAULT-VALUE}); connecting may take 10 s.")
    Duration timeout;

    @Option(
            names = "--max-pages",
            defaultValue = "" + FeedPoller.DEFAULT_MAX_PAGES_PER_LIST,
            description = "Most pages fetched from one feed or sitemap per round (default: ${DEFAULT-VALUE}).")
    int maxPages;

    /**
     * A poller keeping its fetch state in {@code dataDir}; a bad setting throws IllegalArgumentException naming it,
     * an unreadable state file UserException.
     */
    FeedPoller poller(Path dataDir, long maxBytes) {
        try {
            String version = Main.class.getPackage().getImplementationVersion();
            FetchSettings settings = FetchSettings.defaults(
                            FetchSettings.userAgent(version == null ? "dev" : version, contact))
                    .withPerHostDelay(delay)
                    .withTimeouts(FetchSettings.DEFAULT_CONNECT_TIMEOUT, timeout)
                    .withMaxBytes(maxBytes);
            FetchState state = FetchState.load(dataDir);
            return new FeedPoller(new PoliteFetcher(settings, state), state, maxPages, Clock.systemUTC());
        } catch (java.io.UncheckedIOException e) {
            throw new UserException(e.getMessage(), e);
        }
    }
}
