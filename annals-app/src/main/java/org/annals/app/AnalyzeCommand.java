package org.annals.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Mixin
    AnalysisInputs inputs = new AnalysisInputs();

    @Option(names = "--format", defaultValue = "text", description = "text or json (one JSON result per line).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LanguageSkips skips = new LanguageSkips();
        int failures = inputs.analyse(out, err, outcome -> {
            if (outcome instanceof Outcome.Failed failed && format == Format.JSON) {
                out.println(DocumentJson.error(failed.source(), failed.message()));
            } else if (outcome instanceof Outcome.Analysed analysed) {
                skips.count(analysed);
                if (format == Format.JSON) {
                    out.println(DocumentJson.line(analysed.document()));
                } else {
                    TextReport.print(analysed.document(), out);
                }
            }
        });
        String skipped = LanguageSkips.describe(skips.byLanguage(), "shown with their text and language");
        if (!skipped.isEmpty()) {
            // JSON Lines output stays one document per line, so the note goes to the error stream there.
            (format == Format.JSON ? err : out).println(skipped);
        }
        return failures == 0 ? Main.OK : Main.FAILURE;
    }
}
