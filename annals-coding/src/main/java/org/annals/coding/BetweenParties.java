package org.annals.coding;

import java.util.List;

/**
 * The parties a thing is between: "welcomed the agreement between Baghdad and Erbil", "condemned the clashes between
 * police and protesters", "denounced the memoranda between Turkey and Libya". A stance or act on such a thing, which
 * names no owner of its own, falls on its parties. The parser often hangs the "between" phrase on a participle after
 * the noun ("the agreement reached yesterday between A and B"), which still says whom the thing is between.
 */
final class BetweenParties {
    private final Tree tree;

    BetweenParties(Tree tree) {
        this.tree = tree;
    }

    /** The "between" phrases of the noun, else of a participle modifying it; empty when it has none. */
    List<Integer> phrases(int noun) {
        List<Integer> own = between(noun);
        if (!own.isEmpty()) {
            return own;
        }
        return tree.children(noun, "acl").stream()
                .flatMap(participle -> between(participle).stream())
                .toList();
    }

    private List<Integer> between(int head) {
        return tree.children(head).stream()
                .filter(c -> tree.token(c).deprel().startsWith("nmod")
                        || tree.token(c).deprel().startsWith("obl"))
                .filter(c -> tree.preposition(c).equals("between"))
                .toList();
    }
}
