package org.annals.app;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.annals.app.http.ServerFile;
import org.annals.app.http.Tokens;
import org.annals.ingest.FileSelection;
import org.annals.ingest.SourceItem;
import org.annals.ingest.fetch.FeedPoller;
import org.annals.ingest.fetch.RoundReport;
import org.annals.store.AnnalsStore;
import org.annals.store.StoreLockedException;
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

    @Mixin
    ActorDictionaryOptions actors = new ActorDictionaryOptions();

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

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "Bearer token for sending the documents to a running `annals serve` that owns the store"
                    + " (default: \"token\" of <data-dir>/config.json).")
    Path tokenFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && fetchUrls.isEmpty()) {
            throw usage("give files or folders to ingest (PATH...), or --fetch URL...");
        }
        Optional<ServerFile> server = ServerFile.read(data.resolve());
        if (server.isPresent() && ownedByServer(data.resolve())) {
            if (!actors.files.isEmpty()) {
                throw new UserException("a running server owns " + data.resolve() + " and analyses with its own"
                        + " engine; --actors cannot reach it: leave --actors out (start `annals serve` with the same --actors to use"
                        + " them) or stop the server");
            }
            return throughServer(server.get(), out, err);
        }
        Supplier<AnnalsEngine> engine = actors.engine();
        DictionaryRecord dictionaries = actors.record();
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
                err,
                engine,
                dictionaries);
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

    /** True when the store is locked by a writer: a server's file alone may be left over from a crash. */
    private static boolean ownedByServer(Path dataDir) {
        try {
            AnnalsStore.openForWriting(dataDir).close();
            return false;
        } catch (StoreLockedException e) {
            return true;
        }
    }

    private int throughServer(ServerFile server, PrintWriter out, PrintWriter err) {
        Path dataDir = data.resolve();
        Optional<String> token = ServeCommand.loadToken(tokenFile, dataDir);
        if (token.isEmpty()) {
            err.println("annals: the store in " + dataDir + " is owned by `annals serve` at " + server.url()
                    + " (pid " + server.pid() + "), so this command cannot write it. Either send the documents"
                    + " through the server: give this command the server's bearer token with --token-file FILE or"
                    + " as {\"token\": \"...\"} in " + dataDir.resolve(Tokens.CONFIG_FILE) + " (a server started"
                    + " without a token needs one there and a restart); or stop the server (Ctrl-C, or kill "
                    + server.pid() + ") and run this command again.");
            return Main.USAGE;
        }
        err.println("annals: the store is owned by `annals serve` at " + server.url() + "; sending the documents"
                + " to it");
        RoundReport fetched = fetchOnce();
        int sent;
        try (Stream<SourceItem> files = new Sources(maxBytes, Sources.InputFormat.AUTO, select.selection())
                .openPaths(paths, metadata.toMetadata())) {
            Stream<SourceItem> items = Stream.concat(files, fetched.records().stream());
            sent = new ServerIngest(server.url(), token.get()).run(items.iterator(), out, err);
        }
        if (!fetchUrls.isEmpty()) {
            FetchSummary.print(fetched, out, err);
        }
        return sent == Main.OK && !fetched.errors().isEmpty() ? Main.FAILURE : sent;
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
            PrintWriter err,
            Supplier<AnnalsEngine> engine,
            DictionaryRecord dictionaries) {
        long expected = SourceCounter.count(paths) + fetched.size();
        try (AnnalsStore store = Stores.openForWriting(dataDir);
                Stream<SourceItem> files = new Sources(maxBytes, Sources.InputFormat.AUTO, selection)
                        .openPaths(paths, metadata.toMetadata())) {
            dictionaries.reconcile(store, err);
            Stream<SourceItem> items = Stream.concat(files, fetched.stream());
            return new Ingestion(store, engine, threads).run(items.iterator(), expected, progress, err);
        }
    }
}
