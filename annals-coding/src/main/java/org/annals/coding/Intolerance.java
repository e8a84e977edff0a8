package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Warnings said as what the speaker's side will not allow: that something "will not be tolerated" ("we will not
 * tolerate attacks on our border"), that "we will not be deterred", or that others "cannot hide" or "will not escape"
 * ("offenders cannot hide from law enforcement"). Said by the one who would act on it, each is a threat: against
 * whoever the intolerable act belongs to or who is told there is no hiding, or against nobody named.
 */
final class Intolerance {
    /** A threat found: whom it is against (perhaps nobody named) and the rule that found it. */
    record Warning(StanceTargets.Target target, String rule) {}

    private static final String TOLERATE = "tolerate";
    private static final String DETER = "deter";
    private static final Set<String> EVASIONS = Set.of("hide", "escape");
    // "could not hide his disappointment" tells the past; only what one can or will not do from now on warns.
    private static final Set<String> WARNING_MODALS = Set.of("can", "ca", "will", "wo", "shall");
    private static final String NOT_TOLERATE_RULE = "stance:not-tolerate/";
    private static final String NOT_DETERRED_RULE = "stance:not-deterred/";
    private static final String CANNOT_HIDE_RULE = "stance:cannot-hide/";
    private static final List<String> WARNING_RULES = List.of(NOT_TOLERATE_RULE, NOT_DETERRED_RULE, CANNOT_HIDE_RULE);
    private static final StanceTargets.Target UNNAMED_ACT = new StanceTargets.Target(List.of(), "intolerable-act");
    private static final StanceTargets.Target UNNAMED_ATTACKER =
            new StanceTargets.Target(List.of(), "undeterred-speaker");

    private final Tree tree;
    private final StanceTargets targets;

    Intolerance(Tree tree, StanceTargets targets) {
        this.tree = tree;
        this.targets = targets;
    }

    /** Whether a rule is one of these warnings, whose own negation is what makes the threat. */
    static boolean warns(String rule) {
        return WARNING_RULES.stream().anyMatch(rule::startsWith);
    }

    /** The warning said at {@code word}, or none when it is no such warning. */
    Optional<Warning> threatAt(int word, String speaker) {
        if (!tree.token(word).isVerb() || !ModalityDetector.hasNegator(tree, word)) {
            return Optional.empty();
        }
        String lemma = Tree.lower(tree.token(word).lemma());
        if (lemma.equals(TOLERATE)) {
            return intolerable(word, speaker).map(t -> new Warning(t, NOT_TOLERATE_RULE + t.route()));
        }
        if (lemma.equals(DETER)) {
            return undeterred(word).map(t -> new Warning(t, NOT_DETERRED_RULE + t.route()));
        }
        if (EVASIONS.contains(lemma)) {
            return cornered(word, speaker).map(t -> new Warning(t, CANNOT_HIDE_RULE + t.route()));
        }
        return Optional.empty();
    }

    private Optional<StanceTargets.Target> intolerable(int word, String speaker) {
        if (targets.passive(word)) {
            return Optional.of(targets.passiveSubject(word, speaker).orElse(UNNAMED_ACT));
        }
        return targets.firstPersonSubject(word) ? Optional.of(UNNAMED_ACT) : Optional.empty();
    }

    // "we will not be deterred by these attacks": the speaker's side vows to go on, a warning to whoever attacks it;
    // "they were not deterred" reports others' resolve and warns nobody.
    private Optional<StanceTargets.Target> undeterred(int word) {
        boolean ours = tree.children(word, "nsubj:pass").stream()
                .anyMatch(s -> StanceCoder.FIRST_PERSON_SUBJECTS.contains(
                        Tree.lower(tree.token(s).word())));
        return ours ? Optional.of(UNNAMED_ATTACKER) : Optional.empty();
    }

    // "offenders cannot hide from the police": those told they cannot get away are warned; "cannot hide their anger"
    // (an object) and "could not escape" (the past) warn nobody.
    private Optional<StanceTargets.Target> cornered(int word, String speaker) {
        boolean warned = tree.children(word, "aux").stream()
                        .anyMatch(a ->
                                WARNING_MODALS.contains(Tree.lower(tree.token(a).word())))
                && tree.children(word, "obj").isEmpty();
        if (!warned) {
            return Optional.empty();
        }
        return tree.children(word, "nsubj").stream()
                .findFirst()
                .flatMap(subject -> targets.others(subject, speaker, "cornered-subject"));
    }
}
