package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.annals.core.Document;
import org.annals.core.Sentence;
import org.annals.core.TimeMention;

/**
 * The time of an occasion that a sentence opens by pointing back to: "... a phone call made late last July. In it,
 * Trump asks ..."; "... the August 2017 rally. In that event, Fields killed ...". The sentence names no time of its
 * own, and the one it points back to is the time the previous sentence gives the occasion: its only time, or else
 * the only one that does not date the previous sentence's main verb (the release of the summary, not the call).
 */
final class ReferredOccasions {
    private static final Set<String> OCCASION_PREPOSITIONS = Set.of("in", "during", "at");
    private static final Set<String> POINTING_PRONOUNS = Set.of("it", "this", "that");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    private static final Set<String> OCCASION_NOUNS = Tsv.words("/org/annals/coding/occasion-nouns.tsv");

    private final Tree tree;
    private final Document document;
    private final Function<Sentence, List<TimeMention>> usableTimes;
    private final ToIntFunction<TimeMention> anchor;

    ReferredOccasions(
            Tree tree,
            Document document,
            Function<Sentence, List<TimeMention>> usableTimes,
            ToIntFunction<TimeMention> anchor) {
        this.tree = tree;
        this.document = document;
        this.usableTimes = usableTimes;
        this.anchor = anchor;
    }

    /** The occasion's time when {@code sentence} opens with a phrase pointing back to it from {@code clause}. */
    Optional<TimeMention> timeFor(Sentence sentence, int clause) {
        if (!opensPointingBack(sentence, clause)) {
            return Optional.empty();
        }
        return document.sentenceBefore(sentence).flatMap(this::occasionTime);
    }

    private Optional<TimeMention> occasionTime(Sentence previous) {
        List<TimeMention> times = usableTimes.apply(previous);
        Optional<TimeMention> only = onlyValue(times);
        if (only.isPresent()) {
            return only;
        }
        return onlyValue(times.stream()
                .filter(t -> {
                    int anchored = anchor.applyAsInt(t);
                    return anchored >= 0 && tree.head(anchored) >= 0;
                })
                .toList());
    }

    private static Optional<TimeMention> onlyValue(List<TimeMention> times) {
        return times.stream().map(TimeMention::value).distinct().count() == 1
                ? Optional.of(times.get(0))
                : Optional.empty();
    }

    // "In it, ...", "During that call, ...": the sentence's first word is the preposition of a pronoun or a
    // demonstrative phrase of an occasion noun (occasion-nouns.tsv) that hangs on the event's clause. "In this case"
    // or "At that point" names no occasion.
    private boolean opensPointingBack(Sentence sentence, int clause) {
        int first = sentence.firstToken();
        if (clause < 0 || first >= tree.size() || !tree.inArticle(first)) {
            return false;
        }
        String preposition = Tree.lower(tree.token(first).word());
        int phrase = tree.head(first);
        return tree.token(first).deprel().equals("case")
                && OCCASION_PREPOSITIONS.contains(preposition)
                && phrase >= 0
                && hangsOn(phrase, clause)
                && pointsBack(phrase);
    }

    // A phrase opening the sentence also scopes over the second of two joined verbs ("In that event, he killed a
    // woman and injured nineteen others").
    private boolean hangsOn(int phrase, int clause) {
        int head = tree.head(phrase);
        return head == clause || tree.token(clause).deprel().equals("conj") && head == tree.head(clause);
    }

    private boolean pointsBack(int phrase) {
        String word = Tree.lower(tree.token(phrase).word());
        if (tree.token(phrase).isNoun()) {
            return OCCASION_NOUNS.contains(Tree.lower(tree.token(phrase).lemma()))
                    && tree.children(phrase, "det").stream()
                            .anyMatch(det -> DEMONSTRATIVES.contains(
                                    Tree.lower(tree.token(det).word())));
        }
        return POINTING_PRONOUNS.contains(word);
    }
}
