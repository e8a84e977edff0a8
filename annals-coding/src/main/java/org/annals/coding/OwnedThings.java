package org.annals.coding;

import java.util.List;

/**
 * Verbs whose act falls on people, not on things: "released the hostages" frees them, where "released Trump's tax
 * returns" or "freed the funds of the company" publishes or unblocks a thing, and the owner named on it by a genitive
 * or an "of" phrase (which Arguments takes as the target, as in "commuted the sentence of Stone") is nobody the act
 * yields to. A verbs.tsv row marks such a sense with "actor-object". A nationality or a name before the noun ("freed
 * the Iranian sailors") says who the people are, not whose thing it is, and still gives the target.
 */
final class OwnedThings {
    static final String ACTOR_OBJECT = "actor-object";

    private final Tree tree;

    OwnedThings(Tree tree) {
        this.tree = tree;
    }

    /** Whether the row asks for people as its object and the target was found only as a thing's owner. */
    boolean ownerOfAThing(List<String> specs, List<Integer> heads, Arguments.Found target) {
        return specs.contains(ACTOR_OBJECT)
                && target.pattern().endsWith(Arguments.POSSESSED)
                && heads.stream()
                        .flatMap(head -> tree.children(head, "obj").stream())
                        .anyMatch(this::owned);
    }

    private boolean owned(int object) {
        return !tree.children(object, "nmod:poss").isEmpty()
                || tree.children(object, "nmod").stream()
                        .anyMatch(c -> tree.preposition(c).equals("of"));
    }
}
