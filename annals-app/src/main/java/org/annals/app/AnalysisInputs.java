package org.annals.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.annals.ingest.SourceItem;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of the commands that analyse files and print what they found without storing it ({@code analyze},
 * {@code explain}), and the batch loop they share: every input is analysed, a failure is named on the error stream
 * and the batch goes on.
 */
final class AnalysisInputs {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to analyse, or '-' for stdin.")
    List<String> files;

    @ArgGroup(exclusive = false)
    MetadataOptions metadata = new MetadataOptions();

    @Mixin
    ReadOptions read = new ReadOptions();

    @Mixin
    ActorDictionaryOptions actors = new ActorDictionaryOptions();

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    /** Analyses every input in order, hands each outcome to {@code sink}, and returns how many failed. */
    int analyse(PrintWriter out, PrintWriter err, Consumer<Outcome> sink) {
        AtomicInteger failures = new AtomicInteger();
        try (Stream<SourceItem> items = read.sources().open(files, metadata.toMetadata())) {
            new BatchRunner(actors.engine(), threads).run(items.iterator(), outcome -> {
                if (outcome instanceof Outcome.Failed failed) {
                    failures.incrementAndGet();
                    err.println("annals: " + failed.line());
                }
                sink.accept(outcome);
                out.flush();
            });
        }
        return failures.get();
    }
}
