package org.annals.nlp.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Scores entity mentions one to one (each gold and each system mention is used at most once, pairs taken greedily by
 * largest overlap): exactly equal spans or merely overlapping ones, with or without equal types.
 */
public final class EntityScorer {
    /** How spans must agree. */
    public enum Extent {
        EXACT,
        OVERLAP
    }

    /** The four scores of one system, and typed-exact scores by gold/system type. */
    public record Result(
            Prf exactTyped, Prf exactUntyped, Prf overlapTyped, Prf overlapUntyped, Map<String, Prf> byType) {}

    private EntityScorer() {}

    public static Result score(List<EntitySpan> gold, List<EntitySpan> system) {
        Map<String, Prf> byType = new TreeMap<>();
        Set<String> types = new HashSet<>();
        gold.forEach(g -> types.add(g.type()));
        system.forEach(s -> types.add(s.type()));
        for (String type : types) {
            byType.put(
                    type,
                    score(
                            gold.stream().filter(g -> g.type().equals(type)).toList(),
                            system.stream().filter(s -> s.type().equals(type)).toList(),
                            Extent.EXACT,
                            true));
        }
        return new Result(
                score(gold, system, Extent.EXACT, true),
                score(gold, system, Extent.EXACT, false),
                score(gold, system, Extent.OVERLAP, true),
                score(gold, system, Extent.OVERLAP, false),
                byType);
    }

    public static Prf score(List<EntitySpan> gold, List<EntitySpan> system, Extent extent, boolean typed) {
        Map<String, List<EntitySpan>> systemByDocument =
                system.stream().collect(Collectors.groupingBy(EntitySpan::documentId));
        Map<String, List<EntitySpan>> goldByDocument =
                gold.stream().collect(Collectors.groupingBy(EntitySpan::documentId));
        int matched = 0;
        for (Map.Entry<String, List<EntitySpan>> entry : goldByDocument.entrySet()) {
            matched += matchCount(
                    entry.getValue(), systemByDocument.getOrDefault(entry.getKey(), List.of()), extent, typed);
        }
        return new Prf(matched, system.size(), matched, gold.size());
    }

    private static int matchCount(List<EntitySpan> gold, List<EntitySpan> system, Extent extent, boolean typed) {
        record Candidate(int gold, int system, int overlap) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                EntitySpan a = gold.get(g);
                EntitySpan b = system.get(s);
                boolean spans = extent == Extent.EXACT
                        ? a.span().equals(b.span())
                        : a.span().overlaps(b.span());
                if (spans && (!typed || a.type().equals(b.type()))) {
                    int overlap = Math.min(a.span().end(), b.span().end())
                            - Math.max(a.span().start(), b.span().start());
                    candidates.add(new Candidate(g, s, overlap));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed());
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedSystem = new HashSet<>();
        for (Candidate c : candidates) {
            if (!usedGold.contains(c.gold()) && !usedSystem.contains(c.system())) {
                usedGold.add(c.gold());
                usedSystem.add(c.system());
            }
        }
        return usedGold.size();
    }
}
