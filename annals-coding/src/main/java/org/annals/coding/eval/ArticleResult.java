package org.annals.coding.eval;

import java.util.List;
import java.util.Map;

/**
 * The scoring of one article: the pairs at each level, the system events that share a gold event's sentence but
 * none of its types (type errors), the historical gold events the system dated at publication, the modality
 * and context agreements over the type + actors pairs, and the system events taken from boilerplate.
 */
public record ArticleResult(
        ArticleCase article,
        Map<Level, List<Pair>> pairs,
        List<Integer> typeErrors,
        List<Integer> historicalAtPublication,
        int modalityCorrect,
        Contexts contexts,
        int boilerplateEvents) {
    public ArticleResult {
        pairs = Map.copyOf(pairs);
        typeErrors = List.copyOf(typeErrors);
        historicalAtPublication = List.copyOf(historicalAtPublication);
    }

    public List<Pair> pairs(Level level) {
        return pairs.get(level);
    }

    public int historicalGold() {
        return (int) article.gold().stream()
                .filter(g -> g.modality().equals(Modalities.HISTORICAL))
                .count();
    }
}
