package org.annals.coding;

import java.util.Set;
import org.annals.core.Token;

/**
 * The owners of a demand, claim or offer (claims.tsv) that is itself a verb's argument: "rejected the demands of
 * the protesters", "accepted the strikers' offer". Such owners are who the answer is aimed at, so the people named
 * there are actors as a verb's own arguments are.
 */
final class ClaimOwners {
    private static final String FILE = "/org/annals/coding/claims.tsv";
    private static final Set<String> CLAIMS = Tsv.words(FILE);
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "obl", "conj");

    private ClaimOwners() {}

    /** Whether the noun owns a claim that is a verb's argument ("the demands of the protesters"). */
    static boolean isOwnerPhrase(Tree tree, int noun) {
        Token token = tree.token(noun);
        int claim = token.head();
        boolean owner = token.deprel().equals("nmod:poss")
                || (token.deprel().equals("nmod") && tree.preposition(noun).equals("of"));
        return owner
                && claim >= 0
                && CLAIMS.contains(Tree.lower(tree.token(claim).lemma()))
                && ARGUMENTS.contains(tree.token(claim).deprel());
    }
}
