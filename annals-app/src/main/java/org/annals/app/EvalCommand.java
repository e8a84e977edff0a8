package org.annals.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.extract.eval.AnnalsTextExtractor;
import org.annals.extract.eval.ExtractionBenchmark;
import org.annals.extract.eval.ExtractionFixtures;
import org.annals.extract.eval.FixturePage;
import org.annals.extract.eval.TextExtractor;
import org.annals.extract.eval.Throughput;
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
            EventEvalCommand.class,
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
                spec.commandLine(), "a task is required: dates, extraction, events, quotes, entities, identity");
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
            description = "Article text: shingle P/R/F1, appeal-leak rate and median pages/s, Annals vs boilerpipe vs "
                    + "Readability.")
    static final class Extraction implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(
                paramLabel = "DIR",
                arity = "0..1",
                description = "Benchmark directory, as --set (kept for older scripts).")
        Path dir;

        @Option(
                names = "--set",
                paramLabel = "DIR",
                description = "Benchmark directory with gold.jsonl and pages/: eval/extraction (default) or "
                        + "eval/extraction-heldout.")
        Path set;

        @Option(names = "--no-readability", description = "Skip Mozilla Readability (Node).")
        boolean noReadability;

        @Option(
                names = "--warm-up-rounds",
                defaultValue = "3",
                description = "Untimed passes over the pages per system before timing (default: ${DEFAULT-VALUE}).")
        int warmUpRounds;

        @Option(
                names = "--rounds",
                defaultValue = "7",
                description = "Timed passes per system; pages/s is their median (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Override
        public Integer call() throws Exception {
            Path home = Path.of(System.getProperty("annals.home", "."));
            Path bench = benchDirectory(home);
            if (warmUpRounds < 0 || rounds < 1) {
                throw new UserException("--warm-up-rounds must be 0 or more and --rounds 1 or more");
            }
            List<FixturePage> pages = ExtractionFixtures.read(bench);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Pages: " + pages.size() + " from " + bench + " (scoring: docs/evaluation.md)");
            List<ExtractionBenchmark.Row> rows = jvmRows(pages);
            String note = noReadability ? null : readability(home, pages, rows);
            out.println(ExtractionBenchmark.Row.header());
            rows.forEach(row -> out.println(row.format()));
            if (note != null) {
                out.println("readability skipped: " + note);
            }
            out.printf(
                    java.util.Locale.ROOT,
                    "annals/boilerpipe pages/s: %.2f%n",
                    rows.get(0).pagesPerSecond() / rows.get(1).pagesPerSecond());
            out.println("pages/s: median of " + rounds + " timed passes per system after " + warmUpRounds
                    + " warm-up passes, one thread; annals and boilerpipe alternate in one JVM; readability's is "
                    + "timed inside Node (jsdom parse included, process start excluded).");
            return Main.OK;
        }

        private Path benchDirectory(Path home) {
            if (set != null && dir != null) {
                throw new UserException("give the benchmark directory once: --set DIR or DIR, not both");
            }
            Path chosen = set != null ? set : dir;
            Path bench = chosen != null ? chosen : home.resolve("eval").resolve("extraction");
            if (!Files.isRegularFile(bench.resolve(ExtractionFixtures.GOLD))) {
                throw new UserException("no " + ExtractionFixtures.GOLD + " in " + bench
                        + "; pass a benchmark directory (gold.jsonl and pages/), such as eval/extraction or "
                        + "eval/extraction-heldout");
            }
            return bench;
        }

        /** Annals and boilerpipe: scored on a first pass, then timed side by side. */
        private List<ExtractionBenchmark.Row> jvmRows(List<FixturePage> pages) {
            Map<String, TextExtractor> systems = new LinkedHashMap<>();
            systems.put("annals", new AnnalsTextExtractor());
            systems.put("boilerpipe", new BoilerpipeTextExtractor());
            List<ExtractionBenchmark.Row> scored = new ArrayList<>();
            systems.forEach((name, system) -> scored.add(ExtractionBenchmark.run(name, system, pages)));
            Map<String, Double> speeds = new Throughput(warmUpRounds, rounds).medianPagesPerSecond(systems, pages);
            List<ExtractionBenchmark.Row> rows = new ArrayList<>();
            scored.forEach(row -> rows.add(row.withPagesPerSecond(speeds.get(row.system()))));
            return rows;
        }

        /** Adds Readability's row, or returns why it could not run. */
        private String readability(Path home, List<FixturePage> pages, List<ExtractionBenchmark.Row> rows)
                throws java.io.IOException, InterruptedException {
            ReadabilityRunner readability = new ReadabilityRunner(
                    home.resolve("eval").resolve("extraction").resolve("readability"));
            String note = readability.unavailable();
            if (note == null) {
                ReadabilityRunner.Result result = readability.run(pages, warmUpRounds, rounds);
                rows.add(ExtractionBenchmark.score("readability", pages, result.texts(), result.pagesPerSecond()));
            }
            return note;
        }
    }
}
