package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;
import org.annals.core.WordLists;

/**
 * "The deal calls for the company to pay a fine", "a plan that calls on schools to close": a plan, deal or rule that
 * calls for something requires it, and nobody is reported asking. The subject is the cue's own, or, for a cue in a
 * relative clause, the noun the clause hangs on.
 */
final class RequiringSubjects {
    private static final String NOUN_FILE = "/org/annals/nlp/requiring-nouns.txt";
    private static final Set<String> NOUNS = WordLists.read(NOUN_FILE);
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that");

    private RequiringSubjects() {}

    /** Whether the cue's subject is a plan, deal or rule ({@code requiring-nouns.txt}). */
    static boolean requires(List<Token> tokens, Token cue) {
        return subjectOf(tokens, cue)
                .filter(s -> s.isNoun() && NOUNS.contains(s.lemma().toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    private static Optional<Token> subjectOf(List<Token> tokens, Token cue) {
        Optional<Token> subject = tokens.stream()
                .filter(t -> t.head() == cue.index()
                        && t.sentence() == cue.sentence()
                        && t.deprel().equals("nsubj"))
                .findFirst();
        boolean relative =
                subject.filter(s -> RELATIVE_PRONOUNS.contains(s.word().toLowerCase(Locale.ROOT)))
                                .isPresent()
                        && cue.deprel().equals("acl:relcl")
                        && cue.head() >= 0;
        return relative ? Optional.of(tokens.get(cue.head())) : subject;
    }
}
