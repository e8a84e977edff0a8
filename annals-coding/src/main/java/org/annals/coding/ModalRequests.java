package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request said as what someone else should do: "foreign powers should leave the region", "they need to stand by
 * us", "I hope that the driver will come back and answer the charges". The one told to act, named or resolved, is
 * the target. What the speaker's own side must do, a negated or questioned duty, a passive ("must be punished"), a
 * supposition ("if they should come") or a duty missed ("should have known") is no request.
 */
final class ModalRequests {
    private static final Set<String> MODALS = Set.of("should", "must", "ought");
    private static final Set<String> NEEDS = Set.of("need");
    private static final Set<String> FUTURE = Set.of("will", "would");
    private static final Set<String> PASSIVE = Set.of("nsubj:pass", "aux:pass");
    private static final String HOPE = "hope";
    private static final String BE = "be";

    private final Tree tree;
    private final StanceTargets targets;

    ModalRequests(Tree tree, StanceTargets targets) {
        this.tree = tree;
        this.targets = targets;
    }

    /** Whom the request at {@code word} is made of, or none when the word makes no request. */
    Optional<StanceTargets.Target> at(int word, String speaker) {
        if (!tree.token(word).isVerb() || targets.negated(word, List.of(word)) || asked(word)) {
            return Optional.empty();
        }
        if (modal(word) || needed(word)) {
            return told(word, speaker, "modal-request");
        }
        return hoped(word)
                .filter(act -> !targets.negated(act, List.of(act)))
                .flatMap(act -> told(act, speaker, "hoped-act"));
    }

    // "should leave", "must stop", "ought to talk": an act another is told to do, in the active.
    private boolean modal(int verb) {
        return act(verb)
                && tree.children(verb, "aux").stream()
                        .map(a -> Tree.lower(tree.token(a).word()))
                        .anyMatch(MODALS::contains)
                && tree.children(verb, "aux").stream()
                        .noneMatch(a -> Tree.lower(tree.token(a).lemma()).equals("have"));
    }

    // "need to stand by us": the verb of need with an infinitive act ("have to" too often says "have yet to").
    private boolean needed(int verb) {
        return NEEDS.contains(Tree.lower(tree.token(verb).lemma()))
                && tree.children(verb, "xcomp").stream()
                        .anyMatch(x -> act(x) && tree.preposition(x).equals("to"));
    }

    // "I hope that the driver will come back": what the speaker hopes another will do.
    private Optional<Integer> hoped(int verb) {
        boolean ownHope = Tree.lower(tree.token(verb).lemma()).equals(HOPE)
                && tree.children(verb, "nsubj").stream()
                        .anyMatch(s -> StanceCoder.FIRST_PERSON_SUBJECTS.contains(
                                Tree.lower(tree.token(s).word())));
        if (!ownHope) {
            return Optional.empty();
        }
        return tree.children(verb, "ccomp").stream()
                .filter(this::act)
                .filter(c -> tree.children(c, "aux").stream()
                        .anyMatch(a -> FUTURE.contains(Tree.lower(tree.token(a).word()))))
                .findFirst();
    }

    private boolean act(int verb) {
        return tree.token(verb).isVerb()
                && !Tree.lower(tree.token(verb).lemma()).equals(BE)
                && tree.children(verb).stream()
                        .noneMatch(c -> PASSIVE.contains(tree.token(c).deprel()))
                && !tree.preposition(verb).equals("if");
    }

    private Optional<StanceTargets.Target> told(int verb, String speaker, String route) {
        return targets.subjectOf(verb).flatMap(subject -> targets.others(subject, speaker, route));
    }

    // "Should they leave?": a question asks, it does not tell.
    private boolean asked(int verb) {
        int sentence = tree.token(verb).sentence();
        for (int i = verb; i < tree.size() && tree.token(i).sentence() == sentence; i++) {
            if (tree.token(i).word().equals("?")) {
                return true;
            }
        }
        return false;
    }
}
