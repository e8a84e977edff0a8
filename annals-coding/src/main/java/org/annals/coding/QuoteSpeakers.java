package org.annals.coding;

import java.util.Collection;
import java.util.Optional;

/**
 * The speaker a quotation is credited to, read from the attribution around it: the subject of the speech verb
 * the quoted words hang on (the president said: "..."), when that subject is already resolved. Inside their own
 * words a speaker says "I": a third-person pronoun there means somebody else.
 */
final class QuoteSpeakers {
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
