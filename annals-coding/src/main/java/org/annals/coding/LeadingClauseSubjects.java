package org.annals.coding;

import java.util.Optional;

/**
 * The subject of an adverbial clause set before a subject pronoun's clause, which the pronoun continues: "After Iraqi
 * forces came under fire from fighters in a building, they requested support" is the forces' request. It is looked
 * for before the last subject of the sentence, which may stand inside the clause ("machine gun and rocket propelled
 * grenade fire", parsed as a clause with "gun" its subject) or name someone only mentioned there.
 */
final class LeadingClauseSubjects {
    private final Tree tree;

    LeadingClauseSubjects(Tree tree) {
        this.tree = tree;
    }

    /** The subject of the first adverbial clause of the pronoun's verb that precedes the pronoun, if any. */
    Optional<Integer> of(int pronoun) {
        int verb = tree.head(pronoun);
        if (verb < 0 || !PronounResolver.SUBJECTS.contains(tree.token(pronoun).deprel())) {
            return Optional.empty();
        }
        return tree.children(verb, "advcl").stream()
                .filter(clause -> clause < pronoun)
                .findFirst()
                .flatMap(clause -> tree.children(clause).stream()
                        .filter(c ->
                                PronounResolver.SUBJECTS.contains(tree.token(c).deprel()))
                        .findFirst());
    }
}
