package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Solidarity said in the first person and the present ("today I am with him and his family", "we are behind the
 * mayor") supports whoever the speaker says they are with, named or resolved; "I was with him when it happened" tells
 * where someone was.
 */
final class Solidarity {
    private static final Set<String> ALIGNING = Set.of("with", "behind");
    private static final Set<String> PRESENT = Set.of("VBP", "VBZ");

    private final Tree tree;
    private final StanceTargets targets;

    Solidarity(Tree tree, StanceTargets targets) {
        this.tree = tree;
        this.targets = targets;
    }

    /** Whom the speaker sides with at {@code word}, or none when it says no such thing. */
    Optional<StanceTargets.Target> at(int word, String speaker) {
        boolean sided = !tree.token(word).isVerb()
                && ALIGNING.contains(tree.preposition(word))
                && tree.children(word, "cop").stream()
                        .anyMatch(c -> PRESENT.contains(tree.token(c).pos()))
                && targets.firstPersonSubject(word);
        if (!sided || targets.negated(word, List.of(word))) {
            return Optional.empty();
        }
        return targets.others(word, speaker, "solidarity");
    }
}
