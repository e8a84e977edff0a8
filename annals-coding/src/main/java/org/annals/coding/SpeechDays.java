package org.annals.coding;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.annals.core.Block;
import org.annals.core.Document;
import org.annals.core.Granularity;
import org.annals.core.QuoteKind;
import org.annals.core.Sentence;
import org.annals.core.TimeMention;

/**
 * The day a paragraph or the article's lead sets for what is said in a sentence that names none: the one day of
 * the nearest earlier sentence of the paragraph that names days, else the first day of the lead ("In a speech on
 * Wednesday, ..."; "On Tuesday, the president announced ..."). A news text sets its scene once and quotes the
 * speakers of that scene after it. Days inside quotation marks belong to what is said, not to the saying.
 */
final class SpeechDays {
    private final Document document;
    private final Tree tree;
    private final Function<Sentence, List<TimeMention>> usableTimes;
    private final ToIntFunction<TimeMention> anchor;

    SpeechDays(
            Document document,
            Tree tree,
            Function<Sentence, List<TimeMention>> usableTimes,
            ToIntFunction<TimeMention> anchor) {
        this.document = document;
        this.tree = tree;
        this.usableTimes = usableTimes;
        this.anchor = anchor;
    }

    Optional<TimeMention> dayFor(Sentence sentence) {
        List<Sentence> earlier = document.sentences().stream()
                .filter(s -> s.index() < sentence.index() && sameBlock(document, s, sentence))
                .sorted(Comparator.comparingInt(Sentence::index).reversed())
                .toList();
        for (Sentence before : earlier) {
            List<TimeMention> days = daysSaidOutsideQuotes(before);
            if (!days.isEmpty()) {
                return onlyDay(days);
            }
        }
        return lead().filter(lead -> lead.index() < sentence.index()).flatMap(this::leadDay);
    }

    // "On Tuesday, the president announced he had asked for the resignation Monday night": a lead opens with the
    // day of its news, and later days in it tell what led to the news.
    private Optional<TimeMention> leadDay(Sentence lead) {
        return daysSaidOutsideQuotes(lead).stream()
                .min(Comparator.comparingInt(day -> day.span().start()));
    }

    private Optional<Sentence> lead() {
        return document.sentences().stream()
                .filter(s -> s.firstToken() < tree.size() && tree.inArticle(s.firstToken()))
                .findFirst();
    }

    private List<TimeMention> daysSaidOutsideQuotes(Sentence sentence) {
        return usableTimes.apply(sentence).stream()
                .filter(t -> t.granularity() == Granularity.DAY)
                .filter(t -> !quoted(t))
                .toList();
    }

    // Reported speech without marks ("organizers said a million marched on Saturday") tells the scene and keeps its
    // days. The quote's span, not the marks around the tokens, since a sentence may begin inside a quotation whose
    // opening mark lies in the sentence before; a quote split by its attribution spans the attribution too, whose
    // own time ("she said on Monday") dates the saying.
    private boolean quoted(TimeMention time) {
        int anchored = anchor.applyAsInt(time);
        return document.quotes().stream()
                .filter(q -> q.kind() != QuoteKind.INDIRECT && q.span().contains(time.span()))
                .anyMatch(q -> anchored < 0
                        || !Tree.lower(tree.token(anchored).lemma()).equals(q.cue()));
    }

    private static Optional<TimeMention> onlyDay(List<TimeMention> days) {
        return days.stream().map(TimeMention::value).distinct().count() == 1
                ? Optional.of(days.get(0))
                : Optional.empty();
    }

    /** Whether the two sentences lie in one block of the document (always, when it has no blocks). */
    static boolean sameBlock(Document document, Sentence one, Sentence other) {
        List<Block> blocks = document.blocks();
        return blocks.isEmpty()
                || blocks.stream()
                        .anyMatch(b -> b.span().contains(one.span()) && b.span().contains(other.span()));
    }
}
