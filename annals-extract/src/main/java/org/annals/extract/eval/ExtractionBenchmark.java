package org.annals.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Scores one system over the benchmark pages: shingle P/R/F1, appeal-leak rate and pages per second. */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {}

    /** One system's result; {@code failures} counts pages where the system threw (scored as empty output). */
    public record Row(String system, ShingleScore.Summary score, double leakRate, double pagesPerSecond, int failures) {
        public static String header() {
            return String.format(
                    Locale.ROOT,
                    "%-12s %9s %9s %9s %11s %9s",
                    "SYSTEM",
                    "PRECISION",
                    "RECALL",
                    "F1",
                    "APPEAL-LEAK",
                    "PAGES/S");
        }

        public Row withPagesPerSecond(double measured) {
            return new Row(system, score, leakRate, measured, failures);
        }

        public String format() {
            return String.format(
                    Locale.ROOT,
                    "%-12s %9.3f %9.3f %9.3f %11.3f %9s%s",
                    system,
                    score.precision(),
                    score.recall(),
                    score.f1(),
                    leakRate,
                    Double.isNaN(pagesPerSecond) ? "-" : String.format(Locale.ROOT, "%.1f", pagesPerSecond),
                    failures == 0 ? "" : "  (" + failures + " pages failed)");
        }
    }

    /** Outputs already produced elsewhere (such as by a Node process), in page order. */
    public static Row score(String system, List<FixturePage> pages, List<String> outputs, double pagesPerSecond) {
        List<ShingleScore.Counts> counts = new ArrayList<>();
        int leaks = 0;
        for (int i = 0; i < pages.size(); i++) {
            String output = outputs.get(i);
            counts.add(ShingleScore.match(pages.get(i).gold(), output));
            leaks += AppealLeak.leaked(pages.get(i), output) ? 1 : 0;
        }
        return new Row(system, ShingleScore.summarise(counts), (double) leaks / pages.size(), pagesPerSecond, 0);
    }

    /** Runs the system once over all pages and scores it; no timing (see {@link Throughput}). */
    public static Row run(String system, TextExtractor extractor, List<FixturePage> pages) {
        List<String> outputs = new ArrayList<>();
        int failures = 0;
        for (FixturePage page : pages) {
            String output = safely(extractor, page);
            failures += output == null ? 1 : 0;
            outputs.add(output == null ? "" : output);
        }
        Row scored = score(system, pages, outputs, Double.NaN);
        return new Row(system, scored.score(), scored.leakRate(), Double.NaN, failures);
    }

    public static List<String> outputs(TextExtractor extractor, List<FixturePage> pages) {
        List<String> outputs = new ArrayList<>();
        pages.forEach(page -> {
            String output = safely(extractor, page);
            outputs.add(output == null ? "" : output);
        });
        return outputs;
    }

    @SuppressWarnings("PMD.AvoidCatchingGenericException")
    static String safely(TextExtractor extractor, FixturePage page) {
        try {
            return extractor.extract(page.html());
        } catch (Exception e) {
            return null;
        }
    }
}
