package org.annals.app;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.annals.ingest.SourceItem;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints the full analysis of files without storing anything. */
@Command(
        name = "analyze",
        description = {
            "Analyse plain-text, HTML or JSON Lines files and print the result; nothing is stored.",
            "Use '-' to read JSON Lines from standard input."
        })
final class AnalyzeCommand implements Callable<Integer> {
    enum Format {
        TEXT,
        JSON
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to analyse, or '-' for stdin.")
    List<String> files;

    @ArgGroup(exclusive = false)
    MetadataOptions metadata = new MetadataOptions();

    @Option(names = "--format", defaultValue = "text", description = "text or json (one JSON result per line).")
    Format format;

    @Mixin
    ReadOptions read = new ReadOptions();

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        Stream<SourceItem> items = read.sources().open(files, metadata.toMetadata());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger failures = new AtomicInteger();
        LanguageSkips skips = new LanguageSkips();
        Iterator<SourceItem> iterator = items.iterator();
        new BatchRunner(Engines::shared, threads).run(iterator, outcome -> {
            if (outcome instanceof Outcome.Failed failed) {
                failures.incrementAndGet();
                err.println("annals: " + failed.source() + ": " + failed.message());
                if (format == Format.JSON) {
                    out.println(DocumentJson.error(failed.source(), failed.message()));
                }
            } else if (outcome instanceof Outcome.Analysed analysed) {
                skips.count(analysed);
                if (format == Format.JSON) {
                    out.println(DocumentJson.line(analysed.document()));
                } else {
                    TextReport.print(analysed.document(), out);
                }
            }
            out.flush();
        });
        items.close();
        String skipped = LanguageSkips.describe(skips.byLanguage(), "shown with their text and language");
        if (!skipped.isEmpty()) {
            // JSON Lines output stays one document per line, so the note goes to the error stream there.
            (format == Format.JSON ? err : out).println(skipped);
        }
        return failures.get() == 0 ? Main.OK : Main.FAILURE;
    }
}
