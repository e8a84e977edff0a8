package org.annals.coding;

import java.util.Set;

/**
 * A single capitalised word that opens a sentence and is set off by a comma before a personal-pronoun subject
 * ("United, we continue to work", "Together, they built"): the tagger reads the capital as a name, but the word is an
 * adjunct of the clause the pronoun opens, and a name there would stand in apposition to nothing. "You" is left out:
 * "Maria, you were right" addresses a person by name. So is a word the parse makes the subject of another verb than
 * the pronoun's: "Day, they said, wanted no memorials" sets off a parenthetical, not an adjunct (the parser may make
 * the adjunct a second subject of the pronoun's verb).
 */
final class SetOffOpeners {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "he", "she", "they");

    private final Tree tree;

    SetOffOpeners(Tree tree) {
        this.tree = tree;
    }

    boolean opener(int first, int last) {
        boolean opensSentence = first == 0 || !tree.sameSentence(first - 1, first);
        int comma = last + 1;
        int pronoun = last + 2;
        return first == last
                && opensSentence
                && pronoun < tree.size()
                && tree.sameSentence(first, pronoun)
                && tree.token(comma).word().equals(",")
                && SUBJECT_PRONOUNS.contains(Tree.lower(tree.token(pronoun).word()))
                && tree.token(pronoun).deprel().startsWith("nsubj")
                && (!tree.token(first).deprel().startsWith("nsubj") || tree.head(first) == tree.head(pronoun));
    }
}
