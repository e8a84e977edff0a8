package org.annals.coding.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One-to-one matching of an article's gold and system events at one level: among the pairs that satisfy the level,
 * the best are taken first (type + actors + date, then type + actors, then a shared sentence), then document order.
 */
public final class GreedyMatcher {
    private static final Comparator<Pair> BEST_FIRST = Comparator.comparingInt(
                    (Pair p) -> -p.check().priority())
            .thenComparingInt(Pair::gold)
            .thenComparingInt(Pair::system);

    private GreedyMatcher() {}

    public static List<Pair> match(ArticleCase article, Level level) {
        List<Pair> candidates = new ArrayList<>();
        for (int g = 0; g < article.gold().size(); g++) {
            for (int s = 0; s < article.system().size(); s++) {
                PairCheck check =
                        PairCheck.of(article.gold().get(g), article.system().get(s));
                if (check.satisfies(level)) {
                    candidates.add(new Pair(g, s, check));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedSystem = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Pair candidate : candidates) {
            if (!usedGold.contains(candidate.gold()) && !usedSystem.contains(candidate.system())) {
                usedGold.add(candidate.gold());
                usedSystem.add(candidate.system());
                pairs.add(candidate);
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return pairs;
    }
}
