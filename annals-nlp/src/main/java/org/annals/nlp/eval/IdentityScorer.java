package org.annals.nlp.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scores actor identity as docs/identity-annotation.md ("Metric") says: each gold mention is aligned with the
 * system mention that overlaps it most; gold mentions are clustered by the aligned mention's actor id (a mention
 * without one, or without an aligned mention, is a singleton) and compared with the gold keys by B-cubed and by
 * pairwise counts within and across documents.
 */
public final class IdentityScorer {
    private static final String SINGLETON = "\u0000singleton:";

    /** B-cubed precision and recall averaged over mentions, with the number of mentions. */
    public record BCubed(double precision, double recall, int mentions) {
        public double f1() {
            return Prf.f1(precision, recall);
        }
    }

    /** Pair counts: same key and same id, different keys and same id, same key and different ids. */
    public record Pairs(long truePositives, long falseMerges, long falseSplits) {
        public double precision() {
            return ratio(truePositives, truePositives + falseMerges);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseSplits);
        }

        public double f1() {
            return Prf.f1(precision(), recall());
        }

        private static double ratio(long part, long whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    /** A key (or a pair of keys joined by " + ") and how many mention pairs it got wrong. */
    public record Error(String keys, long pairs) {}

    /** One system's scores. */
    public record Result(
            BCubed all,
            Map<String, BCubed> byKind,
            Pairs crossDocument,
            Pairs withinDocument,
            List<Error> worstMerges,
            List<Error> worstSplits) {}

    private IdentityScorer() {}

    /** Labels each gold mention with the actor id of the system mention overlapping it most. */
    public static List<String> align(List<IdentityMention> gold, Map<String, List<SystemMention>> systemByDocument) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            IdentityMention m = gold.get(i);
            SystemMention best = null;
            int bestOverlap = 0;
            for (SystemMention s : systemByDocument.getOrDefault(m.documentId(), List.of())) {
                int overlap = Math.min(m.span().end(), s.span().end())
                        - Math.max(m.span().start(), s.span().start());
                if (overlap > bestOverlap) {
                    best = s;
                    bestOverlap = overlap;
                }
            }
            labels.add(best == null || best.actorId().isEmpty() ? SINGLETON + i : best.actorId());
        }
        return labels;
    }

    /** Whether {@link #align} gave this label to a gold mention that no system mention with an actor id overlaps. */
    public static boolean isSingleton(String label) {
        return label.startsWith(SINGLETON);
    }

    /** Scores gold mentions labelled by {@code labels} (one a mention; equal labels form one system cluster). */
    public static Result score(List<IdentityMention> gold, List<String> labels, int worst) {
        if (gold.size() != labels.size()) {
            throw new IllegalArgumentException("one label a gold mention: " + gold.size() + " vs " + labels.size());
        }
        Map<String, BCubed> byKind = new java.util.TreeMap<>();
        gold.stream()
                .map(IdentityMention::kind)
                .distinct()
                .forEach(kind ->
                        byKind.put(kind, bCubed(gold, labels, m -> m.kind().equals(kind))));
        long[] cross = new long[3];
        long[] within = new long[3];
        Map<String, Long> merges = new HashMap<>();
        Map<String, Long> splits = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = i + 1; j < gold.size(); j++) {
                boolean sameKey = gold.get(i).key().equals(gold.get(j).key());
                boolean sameLabel = labels.get(i).equals(labels.get(j));
                if (!sameKey && !sameLabel) {
                    continue;
                }
                long[] counts = gold.get(i).documentId().equals(gold.get(j).documentId()) ? within : cross;
                if (sameKey && sameLabel) {
                    counts[0]++;
                } else if (sameLabel) {
                    counts[1]++;
                    merges.merge(keyPair(gold.get(i).key(), gold.get(j).key()), 1L, Long::sum);
                } else {
                    counts[2]++;
                    splits.merge(gold.get(i).key(), 1L, Long::sum);
                }
            }
        }
        return new Result(
                bCubed(gold, labels, m -> true),
                byKind,
                new Pairs(cross[0], cross[1], cross[2]),
                new Pairs(within[0], within[1], within[2]),
                worst(merges, worst),
                worst(splits, worst));
    }

    static BCubed bCubed(List<IdentityMention> gold, List<String> labels, Predicate<IdentityMention> averagedOver) {
        Map<String, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> keySize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            clusterSize.merge(labels.get(i), 1, Integer::sum);
            keySize.merge(gold.get(i).key(), 1, Integer::sum);
            both.merge(labels.get(i) + '\u0001' + gold.get(i).key(), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        int n = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (averagedOver.test(gold.get(i))) {
                int common = both.get(labels.get(i) + '\u0001' + gold.get(i).key());
                precision += (double) common / clusterSize.get(labels.get(i));
                recall += (double) common / keySize.get(gold.get(i).key());
                n++;
            }
        }
        return n == 0 ? new BCubed(0, 0, 0) : new BCubed(precision / n, recall / n, n);
    }

    private static String keyPair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " + " + b : b + " + " + a;
    }

    private static List<Error> worst(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new Error(e.getKey(), e.getValue()))
                .toList();
    }
}
