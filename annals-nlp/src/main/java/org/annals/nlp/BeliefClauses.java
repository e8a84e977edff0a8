package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A judgement reported as an object with "to be" or "to have": "police believe [him to be aged 25]", "the court found
 * [it to be unlawful]", "she considered [her best role to be the singer]". The object and the infinitive stand for
 * the clause "he is aged 25", which the guidelines count as reported content like the small clause after "call". The
 * parser hangs the infinitive on the verb beside the object (as an open complement or an adverbial clause), with
 * phrases of the object sometimes hung on the verb between them; the report runs from the object to the end of the
 * infinitive's phrase.
 */
final class BeliefClauses {
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "advcl", "dep");
    private static final Set<String> LINKS = Set.of("be", "have");
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "—", "–", "(");

    private BeliefClauses() {}

    /** The object and infinitive of {@code verb} when its lemma is one of {@code lemmas}; else empty. */
    static Optional<Span> of(List<Token> tokens, Token verb, Set<String> lemmas) {
        if (!verb.isVerb() || !lemmas.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, verb);
        Optional<Token> object = tokens.subList(verb.index() + 1, range.end()).stream()
                .filter(t -> t.head() == verb.index() && t.deprel().equals("obj"))
                .filter(t -> t.isNoun() || t.pos().equals("PRP"))
                .findFirst();
        if (object.isEmpty()) {
            return Optional.empty();
        }
        for (int at = object.get().index() + 1; at + 1 < range.end(); at++) {
            Token token = tokens.get(at);
            if (BREAKS.contains(token.word())) {
                return Optional.empty();
            }
            if (token.word().equalsIgnoreCase("to")
                    && LINKS.contains(tokens.get(at + 1).lemma().toLowerCase(Locale.ROOT))) {
                return complementOf(tokens, verb, token, range)
                        .map(complement -> DirectiveClauses.phraseSpan(tokens, object.get(), complement, range));
            }
        }
        return Optional.empty();
    }

    /** The predicate the "to" marks, when the parser hangs it on the verb. */
    private static Optional<Token> complementOf(List<Token> tokens, Token verb, Token to, Speakers.Sentencewise range) {
        if (to.head() < 0) {
            return Optional.empty();
        }
        Token predicate = tokens.get(to.head());
        boolean onVerb = predicate.head() == verb.index() && COMPLEMENTS.contains(predicate.deprel());
        return onVerb && predicate.index() > to.index() && predicate.index() < range.end()
                ? Optional.of(predicate)
                : Optional.empty();
    }
}
