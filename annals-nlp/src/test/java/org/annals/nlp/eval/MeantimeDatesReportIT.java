package org.annals.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Opt-in (-Dannals.report=true): our "dates" stage against SUTime on MEANTIME's Apple corpus, plus a second SUTime run
 * over the documents in reverse order to show whether SUTime carries state between documents. Numbers behind
 * docs/evaluation.md; the report also goes to target/reports/meantime-dates.txt.
 */
@EnabledIfSystemProperty(named = "annals.report", matches = "true")
class MeantimeDatesReportIT {
    private static final Path CORPUS = Path.of("..", "eval", "meantime-apple", "docs.jsonl");
    private static final int ERRORS_SHOWN = 30;

    @Test
    void annalsAgainstSuTime() throws IOException {
        List<GoldDocument> corpus = MeantimeCorpus.read(CORPUS);
        StringBuilder out = new StringBuilder(DateEvaluation.Report.header()).append('\n');

        long start = System.nanoTime();
        DateEvaluation.Report annals = DateEvaluation.evaluate(corpus, new AnnalsDateResolver());
        double annalsSeconds = seconds(start);

        start = System.nanoTime();
        SuTimeDateResolver suTime = new SuTimeDateResolver();
        double loadSeconds = seconds(start);
        start = System.nanoTime();
        Map<String, List<PredictedTime>> forward = DateEvaluation.predict(corpus, suTime);
        double suTimeSeconds = seconds(start);
        Map<String, List<PredictedTime>> backward = DateEvaluation.predict(reversed(corpus), suTime);
        DateEvaluation.Report suTimeForward = DateEvaluation.score("sutime", corpus, forward);
        DateEvaluation.Report suTimeBackward = DateEvaluation.score("sutime, reverse order", corpus, backward);

        out.append(annals.row()).append('\n');
        out.append(suTimeForward.row()).append('\n');
        out.append(suTimeBackward.row()).append('\n');
        out.append(String.format(
                Locale.ROOT,
                "documents=%d; annals %.1f s (corenlp+dates, models loaded in the first document); sutime load %.1f s,"
                        + " run %.1f s; sutime values changed by reversing the order: %d of %d%n",
                corpus.size(),
                annalsSeconds,
                loadSeconds,
                suTimeSeconds,
                DateEvaluation.changedValues(forward, backward),
                suTimeForward.predicted()));
        out.append("\nannals errors (wrong value, missed, spurious):\n").append(errors(annals, ERRORS_SHOWN));
        out.append("\nsutime errors:\n").append(errors(suTimeForward, ERRORS_SHOWN));
        write(out.toString());
        assertEquals(79, annals.gold());
    }

    private static String errors(DateEvaluation.Report report, int limit) {
        List<String> lines = new ArrayList<>();
        for (DateEvaluation.Outcome outcome : report.outcomes()) {
            if (!outcome.valueCorrect()) {
                lines.add(String.format(
                        Locale.ROOT,
                        "%s %s gold '%s' %s=%s | predicted %s | %s",
                        outcome.predicted().isPresent() ? "VALUE " : "MISSED",
                        outcome.documentId(),
                        outcome.gold().text(),
                        outcome.gold().type(),
                        outcome.gold().value(),
                        outcome.predicted().map(PredictedTime::value).orElse("-"),
                        outcome.context()));
            }
        }
        for (DateEvaluation.Spurious spurious : report.spurious()) {
            lines.add(String.format(
                    Locale.ROOT,
                    "SPURIOUS %s '%s'=%s | %s",
                    spurious.documentId(),
                    spurious.text(),
                    spurious.predicted().value(),
                    spurious.context()));
        }
        return String.join("\n", lines.subList(0, Math.min(limit, lines.size()))) + "\n";
    }

    private static List<GoldDocument> reversed(List<GoldDocument> corpus) {
        List<GoldDocument> copy = new ArrayList<>(corpus);
        Collections.reverse(copy);
        return copy;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void write(String report) throws IOException {
        System.out.print(report);
        Path directory = Path.of("target", "reports");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("meantime-dates.txt"), report, StandardCharsets.UTF_8);
    }
}
