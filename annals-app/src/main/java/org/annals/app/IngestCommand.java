package org.annals.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.app.http.ServerFile;
import org.annals.app.http.Tokens;
import org.annals.ingest.SourceItem;
import org.annals.store.AnnalsStore;
import org.annals.store.StoreLockedException;
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
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files or folders: .txt, .html, .jsonl, .rss/.atom feeds, .warc/.arc archives.")
    List<Path> paths;

    @Mixin
    DataDirOption data = new DataDirOption();

    @ArgGroup(exclusive = false)
    MetadataOptions metadata = new MetadataOptions();

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-bytes", defaultValue = "20000000", description = "Largest file read, in bytes.")
    long maxBytes;

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
        Optional<ServerFile> server = ServerFile.read(data.resolve());
        if (server.isPresent() && ownedByServer(data.resolve())) {
            return throughServer(server.get(), out, err);
        }
        Ingestion.Report report = ingest(paths, data.resolve(), metadata, threads, maxBytes, !noProgress, err);
        IngestSummary.print(report, out, err);
        return report.failures().isEmpty() ? Main.OK : Main.FAILURE;
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
        Optional<String> token;
        try {
            token = Tokens.load(tokenFile, dataDir);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
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
        try (Stream<SourceItem> items =
                new Sources(maxBytes, Sources.InputFormat.AUTO).openPaths(paths, metadata.toMetadata())) {
            return new ServerIngest(server.url(), token.get()).run(items.iterator(), out, err);
        }
    }

    static Ingestion.Report ingest(
            List<Path> paths,
            Path dataDir,
            MetadataOptions metadata,
            int threads,
            long maxBytes,
            boolean progress,
            PrintWriter err) {
        long expected = SourceCounter.count(paths);
        try (AnnalsStore store = Stores.openForWriting(dataDir);
                Stream<SourceItem> items =
                        new Sources(maxBytes, Sources.InputFormat.AUTO).openPaths(paths, metadata.toMetadata())) {
            return new Ingestion(store, Engines::shared, threads).run(items.iterator(), expected, progress, err);
        }
    }
}
