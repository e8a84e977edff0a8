package org.annals.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.nlp.eval.AnnalsDateResolver;
import org.annals.nlp.eval.DateEvaluation;
import org.annals.nlp.eval.DateResolver;
import org.annals.nlp.eval.SuTimeDateResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Measures Annals against gold annotations, with the CoreNLP-only baseline side by side. */
@Command(
        name = "eval",
        description = "Score Annals against gold data (matching rules: docs/evaluation.md).",
        subcommands = {EvalCommand.Dates.class})
final class EvalCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a task is required: dates");
    }

    /** TIMEX3 extent and value accuracy on MEANTIME-style gold, ours against SUTime. */
    @Command(name = "dates", description = "Time expressions: extent P/R/F1 and value accuracy, Annals vs SUTime.")
    static final class Dates implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(
                paramLabel = "GOLD",
                arity = "0..1",
                description = "MEANTIME-style JSON Lines (default: eval/meantime-apple/docs.jsonl).")
        Path gold;

        @Option(names = "--no-baseline", description = "Score Annals only (SUTime loads its own models).")
        boolean noBaseline;

        @Override
        public Integer call() {
            Path file = gold != null
                    ? gold
                    : Path.of(System.getProperty("annals.home", "."), "eval", "meantime-apple", "docs.jsonl");
            if (!Files.isRegularFile(file)) {
                throw new UserException(
                        "gold file " + file + " not found; pass the path of a MEANTIME-style JSON Lines file");
            }
            List<DateResolver> resolvers = new ArrayList<>(List.of(new AnnalsDateResolver()));
            if (!noBaseline) {
                resolvers.add(new SuTimeDateResolver());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Gold: " + file);
            out.println(DateEvaluation.Report.header());
            for (DateResolver resolver : resolvers) {
                out.println(DateEvaluation.evaluate(file, resolver).row());
                out.flush();
            }
            return Main.OK;
        }
    }
}
