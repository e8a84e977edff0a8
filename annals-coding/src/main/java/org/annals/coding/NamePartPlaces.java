package org.annals.coding;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether the preposition before a person's name part that the tagger called a place makes it one. "In" does: what
 * stands "in" a name is mostly a place or a title ("starred in Marshall"). "To", "at" and "from" take persons as
 * often as places ("sent condolences to Trump", "took a shot at Trump", "a concession from Trump"), so they make a
 * place only on a word of travel (travel-words.tsv: "flew to Jackson", "his trip to Tyler"). A possessor is never the
 * preposition's: in "sadness at Iyambo's death" the "at" belongs to "death". A chunk tagged a body keeps all four
 * prepositions: "worked at Ford" names the company.
 */
final class NamePartPlaces {
    private static final String IN = "in";
    private static final Set<String> DIRECTIONS = Set.of("at", "to", "from");
    private static final Set<String> TRAVEL = Tsv.words("/org/annals/coding/travel-words.tsv");

    private NamePartPlaces() {}

    /**
     * True when the preposition before the name part {@code first..last}, or its own, makes it a place, or, for a
     * chunk the tagger called a body, that body.
     */
    static boolean placeContext(Tree tree, int first, int last, boolean body) {
        Set<String> prepositions = prepositions(tree, first, last);
        boolean directed = prepositions.stream().anyMatch(DIRECTIONS::contains);
        if (body) {
            return directed || prepositions.contains(IN);
        }
        int head = tree.headOf(first, last);
        if (tree.token(head).deprel().equals("nmod:poss")) {
            return false;
        }
        return prepositions.contains(IN) || directed && onTravel(tree, head);
    }

    private static Set<String> prepositions(Tree tree, int first, int last) {
        Set<String> prepositions = new HashSet<>();
        if (first > 0) {
            prepositions.add(Tree.lower(tree.token(first - 1).word()));
        }
        for (int i = first; i <= last; i++) {
            prepositions.add(tree.preposition(i));
        }
        return prepositions;
    }

    private static boolean onTravel(Tree tree, int head) {
        int governor = tree.head(head);
        return governor >= 0 && TRAVEL.contains(Tree.lower(tree.token(governor).lemma()));
    }
}
