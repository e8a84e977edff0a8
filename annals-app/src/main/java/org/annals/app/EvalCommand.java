package org.annals.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.extract.eval.AnnalsTextExtractor;
import org.annals.extract.eval.ExtractionBenchmark;
import org.annals.extract.eval.ExtractionFixtures;
import org.annals.extract.eval.FixturePage;
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
        subcommands = {
            EvalCommand.Dates.class,
            EvalCommand.Extraction.class,
            EvalQuotesCommand.class,
            EvalEntitiesCommand.class,
            EvalIdentityCommand.class
        })
final class EvalCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a task is required: dates, extraction, quotes, entities, identity");
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
    /** Article-text extraction on the synthetic benchmark pages: Annals, boilerpipe and Mozilla Readability. */
    @Command(
            name = "extraction",
            description = "Article text: shingle P/R/F1, appeal-leak rate and pages/s, Annals vs boilerpipe vs "
                    + "Readability.")
    static final class Extraction implements Callable<Integer> {
        private static final int TIMED_ROUNDS = 5;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(
                paramLabel = "DIR",
                arity = "0..1",
                description = "Benchmark directory with gold.jsonl and pages/ (default: eval/extraction).")
        Path dir;

        @Option(names = "--no-readability", description = "Skip Mozilla Readability (Node).")
        boolean noReadability;

        @Override
        public Integer call() throws Exception {
            Path home = Path.of(System.getProperty("annals.home", "."));
            Path bench = dir != null ? dir : home.resolve("eval").resolve("extraction");
            if (!Files.isRegularFile(bench.resolve(ExtractionFixtures.GOLD))) {
                throw new UserException("no " + ExtractionFixtures.GOLD + " in " + bench
                        + "; pass a benchmark directory (gold.jsonl and pages/)");
            }
            List<FixturePage> pages = ExtractionFixtures.read(bench);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Pages: " + pages.size() + " from " + bench + " (scoring: docs/evaluation.md)");
            List<ExtractionBenchmark.Row> rows = new ArrayList<>();
            // Both JVM systems are warmed by the scoring pass before they are timed.
            rows.add(ExtractionBenchmark.run("annals", new AnnalsTextExtractor(), pages, TIMED_ROUNDS));
            rows.add(ExtractionBenchmark.run("boilerpipe", new BoilerpipeTextExtractor(), pages, TIMED_ROUNDS));
            String note = null;
            if (!noReadability) {
                ReadabilityRunner readability = new ReadabilityRunner(
                        home.resolve("eval").resolve("extraction").resolve("readability"));
                note = readability.unavailable();
                if (note == null) {
                    ReadabilityRunner.Result result = readability.run(pages);
                    rows.add(ExtractionBenchmark.score("readability", pages, result.texts(), result.pagesPerSecond()));
                }
            }
            out.println(ExtractionBenchmark.Row.header());
            rows.forEach(row -> out.println(row.format()));
            if (note != null) {
                out.println("readability skipped: " + note);
            }
            out.println("pages/s: single thread, after a warm-up pass; readability's is measured inside Node "
                    + "(jsdom parse included, process start excluded).");
            return Main.OK;
        }
    }
}
