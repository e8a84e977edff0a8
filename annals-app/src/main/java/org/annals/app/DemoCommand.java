package org.annals.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.ingest.FileSelection;
import org.annals.store.AnnalsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The main job on the embedded default: analyse the bundled demo corpus into the local store and summarise it. */
@Command(
        name = "demo",
        description = {
            "Analyse the bundled demo corpus (examples/: the seed article and 295 Wikinews articles)",
            "into the local store, then print a summary and how to query it."
        })
final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data = new DataDirOption();

    @Mixin
    ActorDictionaryOptions actors = new ActorDictionaryOptions();

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--examples",
            paramLabel = "DIR",
            description = "The corpus folder (default: the repository's examples/).")
    Path examples;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path corpus = examples != null ? examples : defaultExamples();
        if (!Files.isDirectory(corpus.resolve("seed"))) {
            throw new UserException("the demo corpus " + corpus + " does not exist; pass --examples DIR");
        }
        Path dataDir = data.resolve();
        out.println("Analysing the demo corpus in " + corpus + " into " + dataDir + " ...");
        List<Path> inputs =
                List.of(corpus.resolve("seed"), corpus.resolve("wikinews").resolve("wikinews.jsonl"));
        Ingestion.Report report = IngestCommand.ingest(
                inputs,
                List.of(),
                dataDir,
                new MetadataOptions(),
                FileSelection.ALL,
                threads,
                20_000_000L,
                !noProgress,
                err,
                actors.engine(),
                actors.record());
        IngestSummary.print(report, out, err);
        try (AnnalsStore store = Stores.openReadOnly(dataDir)) {
            StoreSummary.print(store.summary(10), out);
        }
        StoreSummary.printHowToQuery(dataDir, out);
        return report.failures().isEmpty() ? Main.OK : Main.FAILURE;
    }

    private static Path defaultExamples() {
        String home = System.getProperty("annals.home");
        return (home == null ? Path.of(".") : Path.of(home)).resolve("examples");
    }
}
