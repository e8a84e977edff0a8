package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Actor;
import org.annals.core.ActorKind;

/**
 * A request said as what someone else should do: "foreign powers should leave the region", "they need to stand by
 * us", "I hope that the driver will come back and answer the charges". The one told to act, named or resolved, is
 * the target. What the speaker's own side must do, a negated or questioned duty, a passive ("must be punished"), a
 * supposition ("if they should come", "must be joking"), a duty missed ("should have known"), a hoped outcome ("will
 * recover") or a country told by a speaker not known to be from another is no request. A need said of another's act
 * ("it is essential that the regime provides access", {@link NecessityRequests}) is a request as "must" is.
 */
final class ModalRequests {
    private static final Set<String> MODALS = Set.of("should", "must", "ought");
    private static final Set<String> NEEDS = Set.of("need");
    private static final Set<String> FUTURE = Set.of("will", "would");
    private static final Set<String> PASSIVE = Set.of("nsubj:pass", "aux:pass");
    private static final String HOPE = "hope";
    // "I hope he will recover": what befalls someone is wished for them, not asked of them.
    private static final Set<String> OUTCOMES =
            Set.of("recover", "heal", "win", "succeed", "survive", "live", "die", "feel", "get", "become", "remain");
    private static final String BE = "be";

    private final Tree tree;
    private final StanceTargets targets;
    private final ActorIndex index;
    private final NecessityRequests necessities;

    ModalRequests(Tree tree, StanceTargets targets, ActorIndex index) {
        this.tree = tree;
        this.targets = targets;
        this.index = index;
        this.necessities = new NecessityRequests(tree);
    }

    /**
     * A request: the word that makes it ("should", "need", "hope"), which is asserted even where the act asked for
     * is not, and whom it is made of.
     */
    record Request(int trigger, StanceTargets.Target target) {}

    /** The request made at {@code word}, or none when the word makes no request. */
    Optional<Request> at(int word, String speaker) {
        Optional<Integer> needed = necessities.neededAt(word);
        if (needed.isPresent()) {
            return necessary(word, needed.get(), speaker);
        }
        if (!tree.token(word).isVerb() || targets.negated(word, List.of(word)) || asked(word)) {
            return Optional.empty();
        }
        if (needed(word)) {
            return told(word, speaker, "modal-request").map(t -> new Request(word, t));
        }
        Optional<Integer> modal = modal(word);
        if (modal.isPresent()) {
            return told(word, speaker, "modal-request").map(t -> new Request(modal.get(), t));
        }
        return hoped(word)
                .filter(act -> !targets.negated(act, List.of(act)))
                .flatMap(act -> told(act, speaker, "hoped-act"))
                .map(t -> new Request(word, t));
    }

    // "It is vital that all parties respect the ceasefire": the need is asserted, the act asked of the clause's
    // subject.
    private Optional<Request> necessary(int word, int act, String speaker) {
        if (targets.negated(word, List.of(word)) || asked(word) || !act(act)) {
            return Optional.empty();
        }
        return told(act, speaker, "necessity-request").map(t -> new Request(word, t));
    }

    // "should leave", "must stop", "ought to talk": an act another is told to do, in the active.
    private Optional<Integer> modal(int verb) {
        // "should have known" blames a duty missed; "must be rolling in his grave" supposes.
        boolean missed = tree.children(verb, "aux").stream()
                .map(a -> Tree.lower(tree.token(a).lemma()))
                .anyMatch(lemma -> lemma.equals("have") || lemma.equals(BE));
        if (!act(verb) || missed) {
            return Optional.empty();
        }
        return tree.children(verb, "aux").stream()
                .filter(a -> MODALS.contains(Tree.lower(tree.token(a).word())))
                .findFirst();
    }

    // "need to stand by us": the verb of need with an infinitive act ("have to" too often says "have yet to").
    private boolean needed(int verb) {
        return NEEDS.contains(Tree.lower(tree.token(verb).lemma()))
                && tree.children(verb, "xcomp").stream()
                        .anyMatch(x -> act(x) && tree.preposition(x).equals("to"));
    }

    // "I hope that the driver will come back": what the speaker hopes another will do.
    private Optional<Integer> hoped(int verb) {
        boolean ownHope = Tree.lower(tree.token(verb).lemma()).equals(HOPE) && targets.firstPersonSubject(verb);
        if (!ownHope) {
            return Optional.empty();
        }
        return tree.children(verb, "ccomp").stream()
                .filter(this::act)
                .filter(c -> !OUTCOMES.contains(Tree.lower(tree.token(c).lemma())))
                .filter(c -> tree.children(c, "aux").stream()
                        .anyMatch(a -> FUTURE.contains(Tree.lower(tree.token(a).word()))))
                .findFirst();
    }

    private boolean act(int verb) {
        return tree.token(verb).isVerb()
                && !Tree.lower(tree.token(verb).lemma()).equals(BE)
                && tree.children(verb).stream()
                        .noneMatch(c -> PASSIVE.contains(tree.token(c).deprel()))
                && !ModalityDetector.CONDITIONALS.contains(tree.preposition(verb));
    }

    private Optional<StanceTargets.Target> told(int verb, String speaker, String route) {
        return targets.subjectOf(verb)
                .flatMap(subject -> targets.others(subject, speaker, route))
                .filter(target -> target.actors().stream().noneMatch(a -> perhapsOwnCountry(a, speaker)));
    }

    // "Britain must leave by October," said its prime minister: what one's own country must do states a policy, so a
    // country is told to act only by a speaker known to be from another.
    private boolean perhapsOwnCountry(String actor, String speaker) {
        Optional<Actor> told = index.actor(actor).filter(a -> a.kind() == ActorKind.COUNTRY);
        String home = index.actor(speaker).map(Actor::country).orElse("");
        return told.isPresent() && (home.isEmpty() || told.get().country().equals(home));
    }

    // "Should they leave?": a question asks, it does not tell. Not DirectQuestions, which needs the sentence to end
    // on the question mark: here any one after the duty counts, so a statement quoting "should they leave?" asks too.
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
