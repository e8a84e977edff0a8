package org.annals.coding;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The parties a thing is between: "welcomed the agreement between Baghdad and Erbil", "condemned the clashes between
 * police and protesters", "denounced the memoranda between Turkey and Libya". A stance or act on such a thing, which
 * names no owner of its own, falls on its parties. The parser often hangs the "between" phrase on a participle after
 * the noun ("the agreement reached yesterday between A and B"), which still says whom the thing is between. An end
 * or a deal told through the thing it ends or makes ("an end to the conflict between Israel and Egypt", "a deal
 * establishing relations between Israel and the UAE") is between the same parties.
 */
final class BetweenParties {
    private final Tree tree;

    BetweenParties(Tree tree) {
        this.tree = tree;
    }

    /**
     * The "between" phrases of the noun, else of a participle modifying it, else of the noun after its "to" or the
     * participle's object; empty when it has none.
     */
    List<Integer> phrases(int noun) {
        return ownElseThrough(nearPhrases(noun), () -> throughNouns(noun), this::nearPhrases);
    }

    private List<Integer> nearPhrases(int noun) {
        return ownElseThrough(between(noun), () -> participles(noun), this::between);
    }

    // The words' own phrases win; only without them are the phrases of the words they lead to read.
    private static List<Integer> ownElseThrough(
            List<Integer> own, Supplier<List<Integer>> others, IntFunction<List<Integer>> phrasesOf) {
        if (!own.isEmpty()) {
            return own;
        }
        return others.get().stream()
                .flatMap(other -> phrasesOf.apply(other).stream())
                .toList();
    }

    private List<Integer> participles(int noun) {
        return tree.children(noun, "acl");
    }

    // "an end to the conflict", "a deal establishing relations": the thing the noun ends or makes.
    private List<Integer> throughNouns(int noun) {
        List<Integer> ended = tree.children(noun).stream()
                .filter(c -> tree.token(c).deprel().startsWith("nmod")
                        && tree.token(c).isNoun()
                        && tree.preposition(c).equals("to"))
                .toList();
        List<Integer> made = participles(noun).stream()
                .flatMap(participle -> tree.children(participle, "obj").stream())
                .filter(c -> tree.token(c).isNoun())
                .toList();
        return Stream.concat(ended.stream(), made.stream()).toList();
    }

    private List<Integer> between(int head) {
        return tree.children(head).stream()
                .filter(c -> tree.token(c).deprel().startsWith("nmod")
                        || tree.token(c).deprel().startsWith("obl"))
                .filter(c -> tree.preposition(c).equals("between"))
                .toList();
    }
}
