package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * The small clause after "call", which the guidelines count as reported content: "the agency called [the drought
 * the worst in decades]", "critics called [the plan unworkable]". The parser gives either an object and a loose
 * complement after it, or a complement with the object as its subject. A name as complement is naming ("called the
 * town Springfield"), not a judgement.
 */
final class SmallClauses {
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "dep");
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "—", "–");

    private SmallClauses() {}

    static Optional<Span> of(List<Token> tokens, Token cue) {
        if (!cue.lemma().equalsIgnoreCase("call")) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        for (int at = cue.index() + 1;
                at < range.end() && !BREAKS.contains(tokens.get(at).word());
                at++) {
            Token complement = tokens.get(at);
            if (!isJudgement(complement)) {
                continue;
            }
            Optional<Token> object = objectOf(tokens, cue, complement, range);
            if (object.isPresent() && object.get().index() < complement.index()) {
                return Optional.of(DirectiveClauses.phraseSpan(tokens, object.get(), complement, range));
            }
        }
        return Optional.empty();
    }

    /** An adjective or a common noun; "the worst" is a superlative adjective. */
    private static boolean isJudgement(Token token) {
        return token.pos().startsWith("JJ")
                || token.pos().equals("NN")
                || token.pos().equals("NNS");
    }

    /** "[the plan] nsubj [unworkable] xcomp" on the cue, or "[the crisis] obj [the worst] dep" on the object. */
    private static Optional<Token> objectOf(
            List<Token> tokens, Token cue, Token complement, Speakers.Sentencewise range) {
        if (complement.head() == cue.index() && complement.deprel().equals("xcomp")) {
            return tokens.subList(range.first(), range.end()).stream()
                    .filter(t -> t.head() == complement.index() && t.deprel().startsWith("nsubj"))
                    .findFirst();
        }
        if (!COMPLEMENTS.contains(complement.deprel()) || complement.head() < 0) {
            return Optional.empty();
        }
        Token object = tokens.get(complement.head());
        boolean onObject = object.head() == cue.index() && object.deprel().equals("obj") && object.isNoun();
        return onObject && !object.isProperNoun() ? Optional.of(object) : Optional.empty();
    }
}
