package org.annals.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Block;
import org.annals.core.Document;
import org.annals.core.Granularity;
import org.annals.core.Layer;
import org.annals.core.Span;
import org.annals.core.Stage;
import org.annals.core.TimeMention;
import org.annals.core.TimeRelation;
import org.annals.core.Token;

/**
 * Time expressions resolved against the publication date. Deterministic and order-independent: the only inputs are
 * the document's tokens and its publication date, so the same article always gets the same values. Without a
 * publication date, relative expressions stay {@link Granularity#UNRESOLVED}; absolute ones still resolve.
 */
public final class TimeStage implements Stage {
    public static final String NAME = "dates";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.POS);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.TIMES);
    }

    @Override
    public Document apply(Document document) {
        Optional<LocalDate> anchor = document.metadata().publishedDate();
        boolean useDependencies = document.has(Layer.DEPENDENCIES);
        List<TimeMention> times = new ArrayList<>();
        // Values resolved so far in the current paragraph, which "that day" and "the following week" refer back to.
        List<TimeExpression.Resolved> earlier = new ArrayList<>();
        int paragraph = -1;
        for (List<Token> sentence : sentences(document)) {
            int block = blockOf(document, sentence);
            if (block != paragraph) {
                earlier.clear();
                paragraph = block;
            }
            for (TimeExpressionFinder.Match match : TimeExpressionFinder.find(sentence)) {
                Tense tense = TenseDetector.tenseOf(document.tokens(), sentence, match.start(), useDependencies);
                Optional<TimeExpression.Resolved> resolved =
                        match.expression().resolve(anchor, tense, List.copyOf(earlier));
                resolved.ifPresent(earlier::add);
                times.add(mention(document, sentence, match, resolved));
            }
        }
        return document.withTimes(times);
    }

    /** The index of the block holding the sentence, or -1 when the document has no blocks (one paragraph). */
    private static int blockOf(Document document, List<Token> sentence) {
        if (sentence.isEmpty()) {
            return -1;
        }
        int start = sentence.get(0).span().start();
        List<Block> blocks = document.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b).span().start() <= start
                    && start < blocks.get(b).span().end()) {
                return b;
            }
        }
        return -1;
    }

    private static List<List<Token>> sentences(Document document) {
        if (!document.sentences().isEmpty()) {
            return document.sentences().stream().map(document::tokensOf).toList();
        }
        return document.tokens().isEmpty() ? List.of() : List.of(document.tokens());
    }

    private static TimeMention mention(
            Document document,
            List<Token> sentence,
            TimeExpressionFinder.Match match,
            Optional<TimeExpression.Resolved> resolved) {
        Span span = new Span(
                sentence.get(match.start()).span().start(),
                sentence.get(match.end() - 1).span().end());
        String text = document.textOf(span);
        return resolved.map(r -> new TimeMention(span, text, r.value(), r.granularity(), r.relation()))
                .orElseGet(() -> new TimeMention(span, text, "", Granularity.UNRESOLVED, TimeRelation.UNKNOWN));
    }
}
