package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A cue set off by commas after the opening of the clause it reports, where the parser makes the cue the root and
 * hangs that opening on it: "If the birds had been farmed, they reasoned, the specimens would show ...", "In March,
 * he said, the talks failed". Set off on both sides, the aside interrupts one clause: the words before it and the
 * predicate after it are the report, the aside included, as {@link ParentheticalReports} spans "the survey found".
 * Without a predicate right after the second comma ("If the dam breaks, engineers warned.", "..., Ana said, and the
 * loan seems ...") nothing goes on.
 */
final class FrontedAsides {
    private static final Set<String> PREDICATES = Set.of("dep", "parataxis", "ccomp");

    private FrontedAsides() {}

    static Optional<Span> of(List<Token> tokens, Token cue) {
        if (!cue.deprel().equals("root")) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        Optional<Token> speaker = tokens.subList(range.first(), cue.index()).stream()
                .filter(t -> t.head() == cue.index() && t.deprel().equals("nsubj"))
                .reduce((first, second) -> second);
        if (speaker.isEmpty() || cue.index() + 1 >= range.end() || !isComma(tokens.get(cue.index() + 1))) {
            return Optional.empty();
        }
        int speakerStart = DirectiveClauses.leftEdge(tokens, speaker.get(), range);
        if (speakerStart <= range.first() || !isComma(tokens.get(speakerStart - 1))) {
            return Optional.empty();
        }
        // A clause before the aside that the parser already takes for the cue's complement is a report of its own
        // ("Winds were strong, Ana said, adding ..."); only a fronted phrase or subordinate clause opens the one
        // interrupted.
        Optional<Token> opening = tokens.subList(range.first(), speakerStart - 1).stream()
                .filter(t -> t.head() == cue.index() && !t.deprel().equals("punct"))
                .findFirst()
                .filter(t -> !t.deprel().equals("ccomp"));
        // The predicate's phrase opens right after the second comma: "..., Ana said, and the loan seems ..." or a
        // clause after a semicolon is a sentence of its own, not the rest of the interrupted one.
        Optional<Token> predicate = tokens.subList(cue.index() + 2, range.end()).stream()
                .filter(t -> t.head() == cue.index() && t.isVerb() && PREDICATES.contains(t.deprel()))
                .findFirst()
                .filter(p -> DirectiveClauses.leftEdge(tokens, p, range) == cue.index() + 2)
                .filter(p -> !tokens.get(cue.index() + 2).pos().equals("CC"))
                .filter(p -> !tokens.get(cue.index() + 2).pos().equals("VBG"));
        if (opening.isEmpty() || predicate.isEmpty()) {
            return Optional.empty();
        }
        int first = DirectiveClauses.leftEdge(tokens, opening.get(), range);
        int last = ParentheticalReports.rightEdge(tokens, predicate.get(), range);
        if (tokens.subList(first, last).stream().anyMatch(t -> t.word().equals(";"))) {
            return Optional.empty();
        }
        return Optional.of(new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end()));
    }

    private static boolean isComma(Token token) {
        return token.word().equals(",");
    }
}
