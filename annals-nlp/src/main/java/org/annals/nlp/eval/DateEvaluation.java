package org.annals.nlp.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annals.core.Document;
import org.annals.core.Span;

/**
 * Scores a date resolver against gold TIMEX3s. A prediction matches a gold time when their character spans overlap
 * (relaxed extent); each gold time is paired with the prediction that overlaps it most, and the pair's value is
 * correct when the values are equal after {@link TimexValues#normalise}. Only predictions overlapping the document's
 * fully annotated region are scored. See docs/evaluation.md.
 */
public final class DateEvaluation {
    private DateEvaluation() {}

    /** What became of one gold time: the prediction paired with it, if any, and whether its value is right. */
    public record Outcome(
            String documentId,
            GoldTime gold,
            Optional<PredictedTime> predicted,
            boolean valueCorrect,
            String context) {}

    /** A prediction that overlaps no gold time. */
    public record Spurious(String documentId, PredictedTime predicted, String text, String context) {}

    /** Counts and cases for one resolver over one corpus. */
    public record Report(
            String resolver,
            int documents,
            int predicted,
            int matchedPredicted,
            List<Outcome> outcomes,
            List<Spurious> spurious) {
        public Report {
            outcomes = List.copyOf(outcomes);
            spurious = List.copyOf(spurious);
        }

        public int gold() {
            return outcomes.size();
        }

        public int matchedGold() {
            return (int)
                    outcomes.stream().filter(o -> o.predicted().isPresent()).count();
        }

        public int correctValues() {
            return (int) outcomes.stream().filter(Outcome::valueCorrect).count();
        }

        public double precision() {
            return ratio(matchedPredicted, predicted);
        }

        public double recall() {
            return ratio(matchedGold(), gold());
        }

        public double f1() {
            double sum = precision() + recall();
            return sum == 0 ? 0 : 2 * precision() * recall() / sum;
        }

        /** Correct values among the gold times that were found. */
        public double matchedValueAccuracy() {
            return ratio(correctValues(), matchedGold());
        }

        /** Correct values among all gold times: a missed one counts as wrong. */
        public double strictValueAccuracy() {
            return ratio(correctValues(), gold());
        }

        /** One Markdown table row: resolver, gold, predicted, P, R, F1, value accuracy matched and strict. */
        public String row() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.3f (%d/%d) | %.3f (%d/%d) | %.3f | %.3f (%d/%d) | %.3f (%d/%d) |",
                    resolver,
                    gold(),
                    predicted,
                    precision(),
                    matchedPredicted,
                    predicted,
                    recall(),
                    matchedGold(),
                    gold(),
                    f1(),
                    matchedValueAccuracy(),
                    correctValues(),
                    matchedGold(),
                    strictValueAccuracy(),
                    correctValues(),
                    gold());
        }

        public static String header() {
            return "| resolver | gold | predicted | extent P | extent R | extent F1 | value acc. (matched) | value acc."
                    + " (all gold) |\n|---|---|---|---|---|---|---|---|";
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    public static Report evaluate(Path meantimeJsonl, DateResolver resolver) {
        return evaluate(MeantimeCorpus.read(meantimeJsonl), resolver);
    }

    public static Report evaluate(List<GoldDocument> documents, DateResolver resolver) {
        return score(resolver.name(), documents, predict(documents, resolver));
    }

    /** Each document's predictions by document id, the documents taken in the order given. */
    public static Map<String, List<PredictedTime>> predict(List<GoldDocument> documents, DateResolver resolver) {
        Map<String, List<PredictedTime>> predictions = new LinkedHashMap<>();
        for (GoldDocument document : documents) {
            predictions.put(document.document().id(), List.copyOf(resolver.resolve(document.document())));
        }
        return predictions;
    }

    public static Report score(
            String resolver, List<GoldDocument> documents, Map<String, List<PredictedTime>> predictions) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Spurious> spurious = new ArrayList<>();
        int predicted = 0;
        int matchedPredicted = 0;
        for (GoldDocument gold : documents) {
            Document document = gold.document();
            List<PredictedTime> found = predictions.getOrDefault(document.id(), List.of()).stream()
                    .filter(p -> p.span().overlaps(gold.scored()))
                    .toList();
            predicted += found.size();
            for (PredictedTime prediction : found) {
                if (gold.gold().stream().anyMatch(g -> g.span().overlaps(prediction.span()))) {
                    matchedPredicted++;
                } else {
                    spurious.add(new Spurious(
                            document.id(),
                            prediction,
                            document.textOf(prediction.span()),
                            lineAround(document.text(), prediction.span())));
                }
            }
            for (GoldTime time : gold.gold()) {
                Optional<PredictedTime> pair = bestOverlap(time.span(), found);
                boolean correct =
                        pair.isPresent() && TimexValues.same(pair.get().value(), time.value());
                outcomes.add(new Outcome(document.id(), time, pair, correct, lineAround(document.text(), time.span())));
            }
        }
        return new Report(resolver, documents.size(), predicted, matchedPredicted, outcomes, spurious);
    }

    /**
     * Predictions of the second run whose value differs from the first run's for the same span, or that one run has
     * and the other lacks: evidence of state carried between documents.
     */
    public static int changedValues(Map<String, List<PredictedTime>> first, Map<String, List<PredictedTime>> second) {
        int changed = 0;
        for (Map.Entry<String, List<PredictedTime>> entry : first.entrySet()) {
            Map<Span, String> before = bySpan(entry.getValue());
            Map<Span, String> after = bySpan(second.getOrDefault(entry.getKey(), List.of()));
            for (Map.Entry<Span, String> value : before.entrySet()) {
                changed += value.getValue().equals(after.get(value.getKey())) ? 0 : 1;
            }
            changed += (int)
                    after.keySet().stream().filter(s -> !before.containsKey(s)).count();
        }
        return changed;
    }

    private static Map<Span, String> bySpan(List<PredictedTime> predictions) {
        Map<Span, String> values = new HashMap<>();
        predictions.forEach(p -> values.put(p.span(), p.value()));
        return values;
    }

    private static Optional<PredictedTime> bestOverlap(Span gold, List<PredictedTime> found) {
        PredictedTime best = null;
        int bestOverlap = 0;
        for (PredictedTime prediction : found) {
            int overlap = Math.min(gold.end(), prediction.span().end())
                    - Math.max(gold.start(), prediction.span().start());
            if (overlap > bestOverlap) {
                best = prediction;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String lineAround(String text, Span span) {
        int start = span.start() == 0 ? 0 : text.lastIndexOf('\n', span.start() - 1) + 1;
        int end = text.indexOf('\n', span.end());
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
