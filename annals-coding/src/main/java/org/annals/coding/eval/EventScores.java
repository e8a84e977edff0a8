package org.annals.coding.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Totals over articles: micro counts per level, overall and per type, and the side counts the report shows. */
public record EventScores(
        int articles,
        Map<Level, Tally> overall,
        Map<Level, Map<String, Tally>> byType,
        int boilerplateEvents,
        int historicalGold,
        int historicalAtPublication,
        int modalityCorrect,
        int modalityPairs,
        Contexts contexts,
        int typeErrors) {

    public static EventScores of(List<ArticleResult> results) {
        Map<Level, Tally> overall = new EnumMap<>(Level.class);
        Map<Level, Map<String, Tally>> byType = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Map<String, Tally> types = new TreeMap<>();
            results.forEach(result -> addByType(types, result, level));
            byType.put(level, types);
            overall.put(level, types.values().stream().reduce(Tally.ZERO, Tally::plus));
        }
        return new EventScores(
                results.size(),
                overall,
                byType,
                sum(results, ArticleResult::boilerplateEvents),
                sum(results, ArticleResult::historicalGold),
                sum(results, r -> r.historicalAtPublication().size()),
                sum(results, ArticleResult::modalityCorrect),
                sum(results, r -> r.pairs(Level.ACTORS).size()),
                results.stream().map(ArticleResult::contexts).reduce(Contexts.ZERO, Contexts::plus),
                sum(results, r -> r.typeErrors().size()));
    }

    public Tally at(Level level) {
        return overall.get(level);
    }

    /** Correct modalities over type + actors pairs; 0 when nothing matched. */
    public double modalityAccuracy() {
        return modalityPairs == 0 ? 0.0 : (double) modalityCorrect / modalityPairs;
    }

    private static void addByType(Map<String, Tally> types, ArticleResult result, Level level) {
        ArticleCase article = result.article();
        article.gold().forEach(g -> types.merge(g.type(), new Tally(1, 0, 0), Tally::plus));
        article.system().forEach(s -> types.merge(s.type(), new Tally(0, 1, 0), Tally::plus));
        result.pairs(level)
                .forEach(p -> types.merge(article.gold().get(p.gold()).type(), new Tally(0, 0, 1), Tally::plus));
    }

    private static int sum(List<ArticleResult> results, java.util.function.ToIntFunction<ArticleResult> count) {
        return results.stream().mapToInt(count).sum();
    }
}
