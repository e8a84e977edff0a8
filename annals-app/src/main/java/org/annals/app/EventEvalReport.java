package org.annals.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.coding.eval.EventScores;
import org.annals.coding.eval.Level;
import org.annals.coding.eval.Tally;

/** The text tables of {@code annals eval events}: levels, types, and the side counts. */
final class EventEvalReport {
    private EventEvalReport() {}

    static List<String> levels(EventScores scores) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "%-26s %6s %7s %8s %10s %7s %7s",
                "LEVEL",
                "GOLD",
                "SYSTEM",
                "MATCHED",
                "PRECISION",
                "RECALL",
                "F1"));
        for (Level level : Level.values()) {
            lines.add(row(level.label(), scores.at(level)));
        }
        return lines;
    }

    static List<String> types(Map<String, Map<Level, Tally>> byName, String heading) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "%-14s %5s %6s | %-17s | %-17s | %-17s",
                heading,
                "GOLD",
                "SYSTEM",
                "type P/R/F1",
                "+actors P/R/F1",
                "+date P/R/F1"));
        byName.forEach((name, tallies) -> {
            Tally type = tallies.get(Level.TYPE);
            lines.add(String.format(
                    Locale.ROOT,
                    "%-14s %5d %6d | %s | %s | %s",
                    name,
                    type.gold(),
                    type.system(),
                    prf(type),
                    prf(tallies.get(Level.ACTORS)),
                    prf(tallies.get(Level.DATE))));
        });
        return lines;
    }

    static Map<String, Map<Level, Tally>> byType(EventScores scores) {
        Map<String, Map<Level, Tally>> byType = new java.util.TreeMap<>();
        for (Level level : Level.values()) {
            scores.byType().get(level).forEach((type, tally) -> byType.computeIfAbsent(
                            type, key -> new java.util.EnumMap<>(Level.class))
                    .put(level, tally));
        }
        return byType;
    }

    static List<String> sideCounts(EventScores scores, boolean withModality) {
        List<String> lines = new ArrayList<>();
        lines.add("Events from boilerplate blocks: " + scores.boilerplateEvents());
        lines.add("Historical gold events dated at publication: " + scores.historicalAtPublication() + " (of "
                + scores.historicalGold() + " historical)");
        lines.add("Type errors (system event on a gold event's sentence, no gold event of its type there): "
                + scores.typeErrors());
        if (withModality) {
            lines.add(String.format(
                    Locale.ROOT,
                    "Modality accuracy on type+source+target pairs: %.3f (%d/%d)",
                    scores.modalityAccuracy(),
                    scores.modalityCorrect(),
                    scores.modalityPairs()));
            Tally labels = scores.contexts().labels();
            lines.add(String.format(
                    Locale.ROOT,
                    "Contexts on type+source+target pairs: exact %.3f (%d/%d); labels P %.3f R %.3f F1 %.3f",
                    scores.contexts().exactShare(),
                    scores.contexts().exact(),
                    scores.contexts().pairs(),
                    labels.precision(),
                    labels.recall(),
                    labels.f1()));
        }
        return lines;
    }

    private static String row(String label, Tally tally) {
        return String.format(
                Locale.ROOT,
                "%-26s %6d %7d %8d %10.3f %7.3f %7.3f",
                label,
                tally.gold(),
                tally.system(),
                tally.matched(),
                tally.precision(),
                tally.recall(),
                tally.f1());
    }

    private static String prf(Tally tally) {
        return String.format(Locale.ROOT, "%.2f %.2f %.2f   ", tally.precision(), tally.recall(), tally.f1())
                .substring(0, 17);
    }
}
