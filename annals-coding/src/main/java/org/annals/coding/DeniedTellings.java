package org.annals.coding;

import java.util.Set;

/**
 * A denial told as a relative clause on something reported answers whoever reported it: in "Bolton claims Trump asked
 * Xi for help, which Trump denied" Trump denies Bolton's claim. The relative pronoun stands for the reported clause, so
 * the denial is aimed at the subject of the verb that reports it. Only denials: "the plan, which they rejected" rejects
 * the plan's owner, not whoever told of it.
 */
final class DeniedTellings {
    private static final String REJECT = "REJECT";
    private static final String DENIAL = "deny";
    private static final String ROUTE = "denied-telling";
    private static final Set<String> CLAUSE_PRONOUNS = Set.of("which");
    // How far up from the relative clause the reported clause may lie ("asked Xi for help in the election, which").
    private static final int REACH = 6;

    private final Tree tree;
    private final Arguments arguments;

    DeniedTellings(Tree tree, Arguments arguments) {
        this.tree = tree;
        this.arguments = arguments;
    }

    /** Who reported what the denial at {@code denial} denies, or none when it denies no reported clause. */
    Arguments.Found teller(int denial, String type, String mode) {
        if (!type.equals(REJECT) || !mode.equals(DENIAL) || !deniesByRelative(denial)) {
            return Arguments.Found.NONE;
        }
        int current = tree.head(denial);
        for (int depth = 0; depth < REACH && current >= 0; depth++) {
            if (reported(current)) {
                Arguments.Found tellers = arguments.source(tree.head(current));
                return new Arguments.Found(tellers.actors(), ROUTE, tellers.group());
            }
            current = tree.head(current);
        }
        return Arguments.Found.NONE;
    }

    // A clause a verb reports: its ccomp, or a clause with its own subject that the parser left as a bare dep
    // ("Bolton claims Trump asked Xi for help" when "asked" is tagged as a participle).
    private boolean reported(int clause) {
        String deprel = tree.token(clause).deprel();
        int head = tree.head(clause);
        return deprel.equals("ccomp")
                || (deprel.equals("dep")
                        && tree.token(clause).isVerb()
                        && head >= 0
                        && tree.token(head).isVerb()
                        && !tree.children(clause, "nsubj").isEmpty());
    }

    private boolean deniesByRelative(int denial) {
        return tree.token(denial).deprel().equals("acl:relcl")
                && tree.children(denial, "obj").stream()
                        .anyMatch(object -> CLAUSE_PRONOUNS.contains(
                                Tree.lower(tree.token(object).word())));
    }
}
