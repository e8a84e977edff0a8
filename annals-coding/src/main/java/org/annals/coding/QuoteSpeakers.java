package org.annals.coding;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The speaker a quotation is credited to, read from the attribution around it: the subject of the speech verb
 * the quoted words hang on (the president said: "..."), when that subject is already resolved. Inside their own
 * words a speaker says "I": a third-person pronoun there means somebody else.
 */
final class QuoteSpeakers {
    // "said of Boseman", "wrote about the senator": the attribution names whom the quoted words are about.
    private static final Set<String> ABOUT = Set.of("of", "about");

    private final Tree tree;
    private final Collection<Resolved> resolved;

    QuoteSpeakers(Tree tree, Collection<Resolved> resolved) {
        this.tree = tree;
        this.resolved = resolved;
    }

    /** The actor the quotation around {@code token} is credited to; empty outside quotations or when unsure. */
    Optional<String> speakerOf(int token) {
        if (!tree.quoted(token)) {
            return Optional.empty();
        }
        return speechVerb(token).flatMap(this::resolvedSubject);
    }

    /**
     * The actor the attribution says the quotation around {@code token} is about ("Downey said of Boseman, 'He was
     * ...'"), other than its speaker; empty outside quotations or when the attribution names nobody so.
     */
    Optional<String> spokenOf(int token) {
        if (!tree.quoted(token)) {
            return Optional.empty();
        }
        Optional<Integer> verb = speechVerb(token);
        Optional<String> speaker = verb.flatMap(this::resolvedSubject);
        return verb.stream()
                .flatMap(v -> tree.children(v).stream())
                .filter(c -> tree.token(c).deprel().startsWith("obl") && !tree.quoted(c))
                .filter(c -> ABOUT.contains(tree.preposition(c)))
                .flatMap(c -> resolved.stream()
                        .filter(m -> m.covers(c) && !m.actorId().isEmpty()))
                .map(Resolved::actorId)
                .filter(id -> !speaker.equals(Optional.of(id)))
                .findFirst();
    }

    // The quoted words hang on the verb that introduces them, the first head outside the marks in their sentence.
    private Optional<Integer> speechVerb(int token) {
        int current = token;
        for (int steps = 0; current >= 0 && tree.quoted(current) && steps < tree.size(); steps++) {
            current = tree.head(current);
        }
        boolean sameSentence = current >= 0
                && tree.token(current).sentence() == tree.token(token).sentence();
        return sameSentence && tree.token(current).isVerb() ? Optional.of(current) : Optional.empty();
    }

    private Optional<String> resolvedSubject(int verb) {
        return tree.children(verb).stream()
                .filter(c -> PronounResolver.SUBJECTS.contains(tree.token(c).deprel()) && !tree.quoted(c))
                .findFirst()
                .flatMap(subject -> resolved.stream()
                        .filter(m -> m.covers(subject) && !m.actorId().isEmpty())
                        .map(Resolved::actorId)
                        .findFirst());
    }
}
