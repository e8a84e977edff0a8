package org.annals.coding.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How well the coder's contexts agree with the gold contexts over paired events that have gold contexts: how many
 * pairs agree exactly, and the context labels as a micro tally (gold labels, system labels, labels in both).
 */
public record Contexts(int pairs, int exact, Tally labels) {
    public static final Contexts ZERO = new Contexts(0, 0, Tally.ZERO);

    static List<String> normalised(List<String> contexts) {
        return contexts == null
                ? List.of()
                : contexts.stream()
                        .map(c -> c.strip().toLowerCase(Locale.ROOT))
                        .filter(c -> !c.isEmpty())
                        .distinct()
                        .sorted()
                        .toList();
    }

    /** The agreement over the pairs whose gold event has contexts. */
    static Contexts of(ArticleCase article, List<Pair> pairs) {
        Contexts total = ZERO;
        for (Pair pair : pairs) {
            List<String> gold = article.gold().get(pair.gold()).contexts();
            if (gold.isEmpty()) {
                continue;
            }
            List<String> system = article.system().get(pair.system()).contexts();
            Set<String> both = new HashSet<>(gold);
            both.retainAll(system);
            total = total.plus(
                    new Contexts(1, gold.equals(system) ? 1 : 0, new Tally(gold.size(), system.size(), both.size())));
        }
        return total;
    }

    public Contexts plus(Contexts other) {
        return new Contexts(pairs + other.pairs, exact + other.exact, labels.plus(other.labels));
    }

    /** Pairs whose contexts are exactly the gold ones; 0 when there are none. */
    public double exactShare() {
        return pairs == 0 ? 0.0 : (double) exact / pairs;
    }
}
