package org.annals.app;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.ingest.FileSelection;
import org.annals.ingest.SourceItem;
import org.annals.ingest.fetch.FeedPoller;
import org.annals.ingest.fetch.RoundReport;
import org.annals.store.AnnalsStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Analyses files and folders and stores the results. */
@Command(
        name = "ingest",
        description = "Analyse files and folders (recursively) and store documents, actors, quotes and events.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            arity = "0..*",
            paramLabel = "PATH",
            description = "Files or folders: .txt, .html, .jsonl, .rss/.atom feeds, .warc/.arc archives.")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--fetch",
            arity = "1..*",
            paramLabel = "URL",
            description = "Fetch once and store: each URL may be an RSS/Atom feed, a sitemap or sitemap index, an"
                    + " OPML list or an article page (told apart by what is served); linked pages are fetched"
                    + " politely, as by watch.")
    List<String> fetchUrls = new ArrayList<>();

    @Mixin
    FetchOptions fetch = new FetchOptions();

    @Mixin
    DataDirOption data = new DataDirOption();

    @ArgGroup(exclusive = false)
    MetadataOptions metadata = new MetadataOptions();

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-bytes", defaultValue = "20000000", description = "Largest file read, in bytes.")
    long maxBytes;

    @Mixin
    FileSelectionOptions select = new FileSelectionOptions();

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && fetchUrls.isEmpty()) {
            throw usage("give files or folders to ingest (PATH...), or --fetch URL...");
        }
        RoundReport fetched = fetchOnce();
        Ingestion.Report report = ingest(
                paths,
                fetched.records(),
                data.resolve(),
                metadata,
                select.selection(),
                threads,
                maxBytes,
                !noProgress,
                err);
        if (!fetchUrls.isEmpty()) {
            FetchSummary.print(fetched, out, err);
        }
        IngestSummary.print(report, out, err);
        return report.failures().isEmpty() && fetched.errors().isEmpty() ? Main.OK : Main.FAILURE;
    }

    private RoundReport fetchOnce() {
        if (fetchUrls.isEmpty()) {
            return new RoundReport(List.of(), 0, 0, 0, List.of());
        }
        FeedPoller poller;
        try {
            fetchUrls.forEach(IngestCommand::requireHttpUrl);
            poller = fetch.poller(data.resolve(), maxBytes);
        } catch (IllegalArgumentException e) {
            throw usage("--fetch: " + e.getMessage());
        }
        return poller.fetchOnce(fetchUrls);
    }

    private static void requireHttpUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            uri = null;
        }
        String scheme =
                uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri == null || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException(
                    "\"" + url + "\" is not an absolute http(s) URL such as https://example.org/feed.xml");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Reads {@code paths}, adds the records fetched from the web, analyses them all and stores them. */
    static Ingestion.Report ingest(
            List<Path> paths,
            List<? extends SourceItem> fetched,
            Path dataDir,
            MetadataOptions metadata,
            FileSelection selection,
            int threads,
            long maxBytes,
            boolean progress,
            PrintWriter err) {
        long expected = SourceCounter.count(paths) + fetched.size();
        try (AnnalsStore store = Stores.openForWriting(dataDir);
                Stream<SourceItem> files = new Sources(maxBytes, Sources.InputFormat.AUTO, selection)
                        .openPaths(paths, metadata.toMetadata())) {
            Stream<SourceItem> items = Stream.concat(files, fetched.stream());
            return new Ingestion(store, Engines::shared, threads).run(items.iterator(), expected, progress, err);
        }
    }
}
