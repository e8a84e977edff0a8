package org.annals.coding.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Scores articles under the guidelines' matching rule (docs/event-annotation.md); see docs/evaluation.md. */
public final class EventScorer {
    private EventScorer() {}

    public static ArticleResult article(ArticleCase article) {
        Map<Level, List<Pair>> pairs = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            pairs.put(level, GreedyMatcher.match(article, level));
        }
        int modalityCorrect = (int) pairs.get(Level.ACTORS).stream()
                .filter(p -> Modalities.agree(
                        article.gold().get(p.gold()).modality(),
                        article.system().get(p.system()).modality()))
                .count();
        int boilerplate = (int)
                article.system().stream().filter(SystemEvent::fromBoilerplate).count();
        return new ArticleResult(
                article,
                pairs,
                typeErrors(article),
                historicalAtPublication(article, pairs.get(Level.ACTORS)),
                modalityCorrect,
                Contexts.of(article, pairs.get(Level.ACTORS)),
                boilerplate);
    }

    public static EventScores score(List<ArticleCase> articles) {
        return EventScores.of(articles.stream().map(EventScorer::article).toList());
    }

    /** System events on a gold event's sentence whose type no gold event on that sentence has. */
    static List<Integer> typeErrors(ArticleCase article) {
        return IntStream.range(0, article.system().size())
                .filter(s -> {
                    SystemEvent system = article.system().get(s);
                    List<GoldEvent> sameSentence = article.gold().stream()
                            .filter(g -> Evidence.shared(g, system))
                            .toList();
                    return !sameSentence.isEmpty()
                            && sameSentence.stream().noneMatch(g -> g.type().equals(system.type()));
                })
                .boxed()
                .toList();
    }

    private static boolean sameTypeOnMainSentence(GoldEvent gold, SystemEvent system) {
        return gold.type().equals(system.type())
                && !gold.evidence().isEmpty()
                && Evidence.shared(gold.evidence().get(0), system);
    }

    /**
     * Historical gold events that a system event dated at the publication day: the system event paired with it at
     * type + actors, or a system event of its type coded from its main sentence (the other evidence sentences often
     * mention it in passing beside a current event, which may rightly carry the publication date).
     */
    static List<Integer> historicalAtPublication(ArticleCase article, List<Pair> actorPairs) {
        List<Integer> found = new ArrayList<>();
        if (article.published().isEmpty()) {
            return found;
        }
        for (int g = 0; g < article.gold().size(); g++) {
            GoldEvent gold = article.gold().get(g);
            if (!gold.modality().equals(Modalities.HISTORICAL)) {
                continue;
            }
            int index = g;
            boolean datedAtPublication = IntStream.range(0, article.system().size())
                    .filter(s -> sameTypeOnMainSentence(gold, article.system().get(s))
                            || actorPairs.stream().anyMatch(p -> p.gold() == index && p.system() == s))
                    .anyMatch(s -> article.system().get(s).date().startsWith(article.published()));
            if (datedAtPublication) {
                found.add(g);
            }
        }
        return found;
    }
}
