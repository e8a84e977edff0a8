package org.annals.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.ingest.FileSelection;
import org.annals.ingest.SourceItem;
import org.annals.store.AnnalsStore;
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

    @Mixin
    FileSelectionOptions select = new FileSelectionOptions();

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ingestion.Report report =
                ingest(paths, data.resolve(), metadata, select.selection(), threads, maxBytes, !noProgress, err);
        IngestSummary.print(report, out, err);
        return report.failures().isEmpty() ? Main.OK : Main.FAILURE;
    }

    static Ingestion.Report ingest(
            List<Path> paths,
            Path dataDir,
            MetadataOptions metadata,
            FileSelection selection,
            int threads,
            long maxBytes,
            boolean progress,
            PrintWriter err) {
        long expected = SourceCounter.count(paths);
        try (AnnalsStore store = Stores.openForWriting(dataDir);
                Stream<SourceItem> items = new Sources(maxBytes, Sources.InputFormat.AUTO, selection)
                        .openPaths(paths, metadata.toMetadata())) {
            return new Ingestion(store, Engines::shared, threads).run(items.iterator(), expected, progress, err);
        }
    }
}
