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

/** Shows what extraction finds in pages, without any language analysis: fast, and no model is loaded. */
@Command(
        name = "extract",
        description = {
            "Show what extraction finds in each page: the text, the metadata and where each field came from, and the"
                    + " blocks with their class and the reason for it. No NLP runs and no model is loaded.",
            "Reads the same inputs as analyze; use '-' to read JSON Lines from standard input."
        })
final class ExtractCommand implements Callable<Integer> {
    enum Format {
        TEXT,
        JSON
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PAGE", description = "Files or folders to extract, or '-' for stdin.")
    List<String> pages;

    @ArgGroup(exclusive = false)
    MetadataOptions metadata = new MetadataOptions();

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text or json (one JSON object per page and line).")
    Format format;

    @Mixin
    ReadOptions read = new ReadOptions();

    /** Blocks and language only: the stages that need no model. */
    static AnnalsEngine extractionEngine() {
        return new AnnalsEngine(AnnalsEngine.EXTRACTION_STAGES);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger failures = new AtomicInteger();
        AnnalsEngine engine = extractionEngine();
        try (Stream<SourceItem> items = read.sources().open(pages, metadata.toMetadata())) {
            Iterator<SourceItem> iterator = items.iterator();
            new BatchRunner(() -> engine, 1).run(iterator, outcome -> {
                if (outcome instanceof Outcome.Failed failed) {
                    failures.incrementAndGet();
                    err.println("annals: " + failed.line());
                    if (format == Format.JSON) {
                        out.println(DocumentJson.error(failed.source(), failed.message()));
                    }
                } else if (outcome instanceof Outcome.Analysed analysed) {
                    if (format == Format.JSON) {
                        out.println(ExtractionJson.of(analysed.document()));
                    } else {
                        ExtractionReport.print(analysed.document(), out);
                    }
                }
                out.flush();
            });
        }
        return failures.get() == 0 ? Main.OK : Main.FAILURE;
    }
}
