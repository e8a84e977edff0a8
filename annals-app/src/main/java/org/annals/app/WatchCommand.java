package org.annals.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.annals.ingest.SourceItem;
import org.annals.ingest.fetch.FeedPoller;
import org.annals.ingest.fetch.OpmlReader;
import org.annals.ingest.fetch.RoundReport;
import org.annals.store.AnnalsStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Polls the feeds and sitemaps of an OPML list politely and stores what is new, once or every interval. */
@Command(
        name = "watch",
        description = {
            "Poll the feeds (RSS, Atom) and sitemaps listed in an OPML file and store new articles: entries without"
                    + " full content are fetched from their links. Obeys robots.txt, waits between requests to a"
                    + " host and sends conditional GETs; what was fetched is remembered in the data directory."
        })
final class WatchCommand implements Callable<Integer> {
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--feeds",
            required = true,
            paramLabel = "FILE.opml",
            description = "OPML file whose outlines' xmlUrl attributes name the feeds or sitemaps to poll.")
    Path feeds;

    @Option(names = "--once", description = "Poll once and exit (otherwise poll every --interval until stopped).")
    boolean once;

    @Option(
            names = "--interval",
            defaultValue = "15m",
            converter = DurationConverter.class,
            description = "Time between rounds (default: ${DEFAULT-VALUE}); " + DurationConverter.VALID_FORMS + ".")
    Duration interval;

    @Option(names = "--max-bytes", defaultValue = "20000000", description = "Largest page fetched, in bytes.")
    long maxBytes;

    @Option(names = "--threads", defaultValue = "2", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Mixin
    FetchOptions fetch = new FetchOptions();

    @Mixin
    DataDirOption data = new DataDirOption();

    @Mixin
    ActorDictionaryOptions actors = new ActorDictionaryOptions();

    @Override
    public Integer call() {
        List<String> lists = readFeedList();
        Supplier<AnnalsEngine> engine = actors.engine();
        DictionaryRecord dictionaries = actors.record();
        FeedPoller poller = poller();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (int round = 1; ; round++) {
            boolean clean = runRound(round, new Round(poller, lists, engine, dictionaries), out, err);
            if (once) {
                return clean ? Main.OK : Main.FAILURE;
            }
            out.println("Next round in " + describe(interval) + " (stop with Ctrl-C).");
            out.flush();
            if (!sleep()) {
                return Main.OK;
            }
        }
    }

    private List<String> readFeedList() {
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw usage("--interval must be at least 1s, got " + interval + "; use " + DurationConverter.VALID_FORMS);
        }
        try {
            return OpmlReader.read(Files.readAllBytes(feeds)).stream()
                    .map(URI::toString)
                    .toList();
        } catch (IOException e) {
            throw usage("--feeds " + feeds + ": cannot read (" + ErrorMessages.describe(e) + "); check the path");
        } catch (IllegalArgumentException e) {
            throw usage("--feeds " + feeds + ": " + e.getMessage() + ". Expected an OPML file such as:"
                    + " <opml version=\"2.0\"><body><outline text=\"NAME\" xmlUrl=\"https://example.org/feed.xml\"/>"
                    + "</body></opml>");
        }
    }

    private FeedPoller poller() {
        try {
            return fetch.poller(data.resolve(), maxBytes);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** What every round polls and how it analyses what it finds. */
    private record Round(
            FeedPoller poller, List<String> lists, Supplier<AnnalsEngine> engine, DictionaryRecord dictionaries) {}

    private boolean runRound(int number, Round round, PrintWriter out, PrintWriter err) {
        RoundReport report = round.poller().poll(round.lists());
        Ingestion.Report stored;
        try (AnnalsStore store = Stores.openForWriting(data.resolve())) {
            round.dictionaries().reconcile(store, err);
            List<SourceItem> items = List.copyOf(report.records());
            stored = new Ingestion(store, round.engine(), threads).run(items.iterator(), items.size(), false, err);
        }
        WatchSummary.print(number, report, stored, out, err);
        return report.errors().isEmpty() && stored.failures().isEmpty();
    }

    private boolean sleep() {
        try {
            Thread.sleep(interval.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static String describe(Duration duration) {
        return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
