package org.annals.coding;

import java.util.List;
import java.util.Set;

/**
 * "The United States has retreated from a previous goal of ousting Assad", "three candidates withdrew from the race":
 * withdrawing from an aim, a position or a contest gives up a plan or a candidacy; it pulls no one back from a place
 * or an actor, which is what a retreat codes. The nouns are data (aim-nouns.tsv); agreements and treaties are not
 * listed, since leaving one rejects its other parties (the "withdraw from treaty" rows of verbs.tsv).
 */
final class AimsGivenUp {
    static final String FILE = "aim-nouns.tsv";
    private static final String RETREAT = "RETREAT";
    private static final Set<String> NOUNS = Tsv.words(FILE);

    private final Tree tree;

    AimsGivenUp(Tree tree) {
        this.tree = tree;
    }

    /** Whether a retreat at these heads is withdrawn "from" an aim or a contest rather than a place or an actor. */
    boolean givenUp(String type, List<Integer> heads) {
        return type.equals(RETREAT) && heads.stream().anyMatch(this::fromAnAim);
    }

    private boolean fromAnAim(int head) {
        return tree.children(head, "obl").stream()
                .filter(noun -> tree.preposition(noun).equals("from"))
                .anyMatch(noun -> NOUNS.contains(Tree.lower(tree.token(noun).lemma())));
    }
}
