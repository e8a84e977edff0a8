package org.annals.coding;

import java.util.Optional;
import java.util.Set;

/**
 * An event noun held by a noun of duration after "of": "announced three days of mourning for X", "held a minute of
 * silence for the victims". The support verb's object is the duration, so the event noun reaches its verb through it;
 * the duration nouns are data (measure-nouns.tsv).
 */
final class MeasuredNouns {
    private static final String FILE = "/org/annals/coding/measure-nouns.tsv";
    private static final Set<String> DURATIONS = Tsv.words(FILE);
    private static final String OF = "of";

    private final Tree tree;

    MeasuredNouns(Tree tree) {
        this.tree = tree;
    }

    /** The duration noun that holds the noun after "of" ("days" in "three days of mourning"), if any. */
    Optional<Integer> measure(int noun) {
        int head = tree.head(noun);
        boolean held = head >= 0
                && tree.token(noun).deprel().equals("nmod")
                && tree.preposition(noun).equals(OF)
                && tree.token(head).isNoun()
                && DURATIONS.contains(Tree.lower(tree.token(head).lemma()));
        return held ? Optional.of(head) : Optional.empty();
    }
}
