package org.annals.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        for (List<Token> sentence : sentences(document)) {
            for (TimeExpressionFinder.Match match : TimeExpressionFinder.find(sentence)) {
                Tense tense = TenseDetector.tenseOf(document.tokens(), sentence, match.start(), useDependencies);
                times.add(mention(document, sentence, match, anchor, tense));
            }
        }
        return document.withTimes(times);
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
            Optional<LocalDate> anchor,
            Tense tense) {
        Span span = new Span(
                sentence.get(match.start()).span().start(),
                sentence.get(match.end() - 1).span().end());
        String text = document.textOf(span);
        return match.expression()
                .resolve(anchor, tense)
                .map(r -> new TimeMention(span, text, r.value(), r.granularity(), r.relation()))
                .orElseGet(() -> new TimeMention(span, text, "", Granularity.UNRESOLVED, TimeRelation.UNKNOWN));
    }
}
