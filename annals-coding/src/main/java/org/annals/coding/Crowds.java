package org.annals.coding;

import java.util.Set;
import org.annals.core.Token;

/** Crowds told by their size or kind: "thousands of protesters", "a group of activists", "a number of legislators". */
final class Crowds {
    // Words for a crowd whose people the "of" phrase names; the people are who act when the crowd is an argument.
    private static final Set<String> CROWD_WORDS =
            Set.of("thousand", "hundred", "dozen", "million", "score", "group", "crowd", "number");
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "obl", "conj");

    private Crowds() {}

    /** Whether the noun is the people of a crowd that is itself a verb's argument ("thousands of protesters"). */
    static boolean isMemberPhrase(Tree tree, int noun) {
        Token token = tree.token(noun);
        int crowd = token.head();
        return token.deprel().equals("nmod")
                && tree.preposition(noun).equals("of")
                && crowd >= 0
                && CROWD_WORDS.contains(Tree.lower(tree.token(crowd).lemma()))
                && ARGUMENTS.contains(tree.token(crowd).deprel());
    }
}
