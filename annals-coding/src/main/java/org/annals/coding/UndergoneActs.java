package org.annals.coding;

import java.util.List;

/**
 * A legal act told by its noun alone names the one who undergoes it, not its author: "his conviction", "Clinton's
 * impeachment", "the trial of Bill Clinton". A nouns.tsv row marks such a noun with "undergone": its owner or its
 * "of" dependent is the target, never the source, and the act codes without a source unless legal-agents.tsv implies
 * the court or prosecution (ImpliedCourts).
 */
final class UndergoneActs {
    static final String UNDERGONE = "undergone";

    private final Tree tree;

    UndergoneActs(Tree tree) {
        this.tree = tree;
    }

    /** Whether the row's noun names who undergoes the act instead of who does it. */
    static boolean marks(List<String> specs) {
        return specs.contains(UNDERGONE);
    }

    /** Whether the noun names someone to undergo it: an owner or an "of" dependent. */
    boolean named(int noun) {
        return !tree.children(noun, "nmod:poss").isEmpty()
                || tree.children(noun, "nmod").stream()
                        .anyMatch(d -> tree.preposition(d).equals("of"));
    }
}
