package org.annals.coding;

import java.util.List;

/**
 * Feelings are aimed at people or at what people did: "expressed anger at the government", "dissatisfaction with
 * Bolton", "anger at Chile's decision" blame the actor or the act's author; "anger over Omar's death" or
 * "frustration over Omar's health" blame nobody, though Arguments takes a thing's owner as the target. A nouns.tsv
 * row marks such a feeling with "felt-at": a target found only as an owner is dropped when a noun in the row's slots
 * names no act (acts.tsv); the check errs towards dropping, since a wrong criticism costs more than a missed one.
 */
final class FeltTargets {
    static final String FELT_AT = "felt-at";

    private final Tree tree;
    private final Arguments arguments;
    private final ActNouns acts;

    FeltTargets(Tree tree, Arguments arguments, ActNouns acts) {
        this.tree = tree;
        this.arguments = arguments;
        this.acts = acts;
    }

    /** Whether the row's feeling found its target only as the owner of a thing that is no act. */
    boolean ownerOfAThing(List<String> specs, List<Integer> heads, Arguments.Found target) {
        return specs.contains(FELT_AT)
                && target.pattern().endsWith(Arguments.POSSESSED)
                && arguments.slotFillers(heads, specs).stream()
                        .anyMatch(filler -> acts.actAt(tree.token(filler)).isEmpty());
    }
}
