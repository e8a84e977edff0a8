package org.annals.nlp.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.core.QuoteKind;

/**
 * Scores system quotes against gold quotes exactly as docs/quote-annotation.md ("Matching and scores") says: one to
 * one alignment, greedily by largest overlap; a match needs half of the gold span covered, or, for a gold span under
 * 20 characters, equal text after trimming punctuation and whitespace; a speaker matches by key or by the last token
 * of the name, and gold speakers without a key also accept an empty system speaker.
 */
public final class QuoteScorer {
    static final int SHORT_GOLD = 20;
    private static final Set<String> KEYLESS_KINDS = Set.of("group", "anonymous", "document", "none");

    /** Kind groups reported separately: marked quotes, indirect quotes, scare quotes. */
    public enum Group {
        MARKED(EnumSet.of(QuoteKind.DIRECT, QuoteKind.PARTIAL)),
        INDIRECT(EnumSet.of(QuoteKind.INDIRECT)),
        SCARE(EnumSet.of(QuoteKind.SCARE));

        private final Set<QuoteKind> kinds;

        Group(Set<QuoteKind> kinds) {
            this.kinds = kinds;
        }

        public boolean has(QuoteKind kind) {
            return kinds.contains(kind);
        }
    }

    /** A gold quote with the system quote aligned to it (null when missed). */
    public record Pair(ScoredQuote gold, ScoredQuote system, boolean speakerCorrect) {}

    /** Everything one system scored. */
    public record Result(
            Prf detection,
            Map<Group, Prf> detectionByGroup,
            Prf attribution,
            Map<Group, Prf> attributionByGroup,
            Prf keyedAttribution,
            Map<QuoteKind, Map<String, Integer>> confusion,
            List<Pair> pairs,
            List<ScoredQuote> spurious) {}

    private QuoteScorer() {}

    /**
     * Scores {@code system} against {@code gold}. When {@code systemEmitsScare} is false the gold scare quotes are
     * left out, as the guidelines ask for systems without that kind.
     */
    public static Result score(List<ScoredQuote> gold, List<ScoredQuote> system, boolean systemEmitsScare) {
        List<ScoredQuote> scoredGold = systemEmitsScare
                ? List.copyOf(gold)
                : gold.stream().filter(q -> q.kind() != QuoteKind.SCARE).toList();
        Map<ScoredQuote, ScoredQuote> aligned = align(scoredGold, system);
        Set<ScoredQuote> matchedSystem = new HashSet<>(aligned.values());
        List<Pair> pairs = new ArrayList<>();
        for (ScoredQuote g : scoredGold) {
            ScoredQuote s = aligned.get(g);
            pairs.add(new Pair(g, s, s != null && speakerMatches(g, s)));
        }
        Set<ScoredQuote> correctSystem = new HashSet<>();
        pairs.stream().filter(Pair::speakerCorrect).forEach(p -> correctSystem.add(p.system()));
        List<ScoredQuote> spurious =
                system.stream().filter(s -> !matchedSystem.contains(s)).toList();
        Map<Group, Prf> detectionByGroup = new EnumMap<>(Group.class);
        Map<Group, Prf> attributionByGroup = new EnumMap<>(Group.class);
        for (Group group : Group.values()) {
            if (group == Group.SCARE && !systemEmitsScare) {
                continue;
            }
            detectionByGroup.put(group, prf(group, pairs, system, matchedSystem, false));
            attributionByGroup.put(group, prf(group, pairs, system, correctSystem, true));
        }
        return new Result(
                new Prf(matchedSystem.size(), system.size(), aligned.size(), scoredGold.size()),
                detectionByGroup,
                new Prf(correctSystem.size(), system.size(), correctSystem.size(), scoredGold.size()),
                attributionByGroup,
                keyed(pairs),
                confusion(pairs, spurious),
                pairs,
                spurious);
    }

    /** True when {@code system} counts as a match for {@code gold} (same document). */
    public static boolean spansMatch(ScoredQuote gold, ScoredQuote system) {
        if (!gold.documentId().equals(system.documentId())) {
            return false;
        }
        int overlap = overlap(gold, system);
        if (overlap > 0 && 2 * overlap >= gold.span().length()) {
            return true;
        }
        return overlap > 0
                && gold.span().length() < SHORT_GOLD
                && trim(gold.text()).equals(trim(system.text()));
    }

    /** The speaker rule: equal key, or equal last name token; keyless gold speakers also accept no speaker. */
    public static boolean speakerMatches(ScoredQuote gold, ScoredQuote system) {
        if (!gold.speakerKey().isEmpty() && gold.speakerKey().equals(system.speakerKey())) {
            return true;
        }
        String goldLast = NameTokens.lastToken(gold.speakerName());
        if (!goldLast.isEmpty() && goldLast.equals(NameTokens.lastToken(system.speakerName()))) {
            return true;
        }
        return KEYLESS_KINDS.contains(gold.speakerKind()) && !system.hasSpeaker();
    }

    private static Map<ScoredQuote, ScoredQuote> align(List<ScoredQuote> gold, List<ScoredQuote> system) {
        record Candidate(int goldIndex, int systemIndex, int overlap) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                if (spansMatch(gold.get(g), system.get(s))) {
                    candidates.add(new Candidate(g, s, overlap(gold.get(g), system.get(s))));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap)
                .reversed()
                .thenComparingInt(Candidate::goldIndex)
                .thenComparingInt(Candidate::systemIndex));
        Map<ScoredQuote, ScoredQuote> aligned = new HashMap<>();
        Set<Integer> usedSystem = new HashSet<>();
        Set<Integer> usedGold = new HashSet<>();
        for (Candidate c : candidates) {
            if (!usedGold.contains(c.goldIndex()) && !usedSystem.contains(c.systemIndex())) {
                usedGold.add(c.goldIndex());
                usedSystem.add(c.systemIndex());
                aligned.put(gold.get(c.goldIndex()), system.get(c.systemIndex()));
            }
        }
        return aligned;
    }

    private static Prf prf(
            Group group, List<Pair> pairs, List<ScoredQuote> system, Set<ScoredQuote> goodSystem, boolean speaker) {
        List<ScoredQuote> systemInGroup =
                system.stream().filter(s -> group.has(s.kind())).toList();
        int good = (int) systemInGroup.stream().filter(goodSystem::contains).count();
        List<Pair> goldInGroup =
                pairs.stream().filter(p -> group.has(p.gold().kind())).toList();
        int found = (int) goldInGroup.stream()
                .filter(p -> speaker ? p.speakerCorrect() : p.system() != null)
                .count();
        return new Prf(good, systemInGroup.size(), found, goldInGroup.size());
    }

    // Over gold quotes whose speaker has a key: the quotes a user searching by actor relies on.
    private static Prf keyed(List<Pair> pairs) {
        List<Pair> keyed =
                pairs.stream().filter(p -> !p.gold().speakerKey().isEmpty()).toList();
        int detected = (int) keyed.stream().filter(p -> p.system() != null).count();
        int correct = (int) keyed.stream().filter(Pair::speakerCorrect).count();
        return new Prf(correct, detected, correct, keyed.size());
    }

    private static Map<QuoteKind, Map<String, Integer>> confusion(List<Pair> pairs, List<ScoredQuote> spurious) {
        Map<QuoteKind, Map<String, Integer>> table = new EnumMap<>(QuoteKind.class);
        for (Pair p : pairs) {
            String column = p.system() == null ? "missed" : p.system().kind().name();
            table.computeIfAbsent(p.gold().kind(), k -> new HashMap<>()).merge(column, 1, Integer::sum);
        }
        for (ScoredQuote s : spurious) {
            table.computeIfAbsent(s.kind(), k -> new HashMap<>()).merge("spurious", 1, Integer::sum);
        }
        return table;
    }

    private static int overlap(ScoredQuote a, ScoredQuote b) {
        return Math.max(
                0,
                Math.min(a.span().end(), b.span().end())
                        - Math.max(a.span().start(), b.span().start()));
    }

    private static String trim(String text) {
        return text.replaceAll("^[\\p{P}\\p{Z}\\s]+|[\\p{P}\\p{Z}\\s]+$", "");
    }
}
