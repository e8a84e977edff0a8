package org.annals.coding;

import java.util.List;
import java.util.Optional;

/**
 * A warning that something "will not be tolerated" ("we will not tolerate attacks on our border"), said by the one
 * who would act on it, is a threat: against whoever the intolerable act belongs to, or against nobody named.
 */
final class Intolerance {
    private static final String TOLERATE = "tolerate";
    private static final StanceTargets.Target UNNAMED_ACT = new StanceTargets.Target(List.of(), "intolerable-act");

    private final Tree tree;
    private final StanceTargets targets;

    Intolerance(Tree tree, StanceTargets targets) {
        this.tree = tree;
        this.targets = targets;
    }

    /** Whom the warning at {@code word} threatens (perhaps nobody named), or none when it is no such warning. */
    Optional<StanceTargets.Target> threatAt(int word, String speaker) {
        boolean refused = tree.token(word).isVerb()
                && Tree.lower(tree.token(word).lemma()).equals(TOLERATE)
                && ModalityDetector.hasNegator(tree, word);
        if (!refused) {
            return Optional.empty();
        }
        if (targets.passive(word)) {
            return Optional.of(targets.passiveSubject(word, speaker).orElse(UNNAMED_ACT));
        }
        return targets.firstPersonSubject(word) ? Optional.of(UNNAMED_ACT) : Optional.empty();
    }
}
