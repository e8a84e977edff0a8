package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whom a refusal to do something answers ("refused to hand over the documents", "declined to meet the envoy"): the
 * one the refused act is aimed at, else the author of what it would answer ("refused to comply with the court's
 * order"), else whoever asked the refusers, earlier in the article, for the thing refused (a committee that subpoenaed
 * the documents). The rule gets {@code +refusal:ROUTE}.
 */
final class RefusedActs {
    private static final String REJECT = "REJECT";
    static final String ROUTE = "refusal:";
    private static final List<String> AIMED_AT = List.of("iobj", "obl:to", "obl:with", "obj");

    private final Tree tree;
    private final Arguments arguments;
    private final ActAuthors authors;
    private final EarlierRequests earlier;

    RefusedActs(Tree tree, Arguments arguments, ActAuthors authors, EarlierRequests earlier) {
        this.tree = tree;
        this.arguments = arguments;
        this.authors = authors;
        this.earlier = earlier;
    }

    /** Whom the refusal at {@code refusal} answers, or none when it refuses no act or names nobody for it. */
    Arguments.Found answered(int refusal, String type, List<String> refusers) {
        if (!type.equals(REJECT) || refusers.isEmpty()) {
            return Arguments.Found.NONE;
        }
        for (int act : tree.children(refusal, "xcomp")) {
            if (!tree.token(act).isVerb()) {
                continue;
            }
            Arguments.Found aimed = arguments.targets(List.of(act), AIMED_AT);
            if (!aimed.actors().isEmpty()) {
                return routed(aimed, "aimed");
            }
            List<Integer> things = things(act);
            Arguments.Found author = authors.authorOf(things, type, refusers);
            if (!author.actors().isEmpty()) {
                return routed(author, "author");
            }
            Arguments.Found asked = earlier.askedFor(refusers, lemmas(things));
            if (!asked.actors().isEmpty()) {
                return routed(asked, "asked");
            }
        }
        return Arguments.Found.NONE;
    }

    // What the refused act would take or answer: "hand over the documents", "comply with the order".
    private List<Integer> things(int act) {
        List<Integer> things = new ArrayList<>();
        for (int child : tree.children(act)) {
            String deprel = tree.token(child).deprel();
            if ((deprel.equals("obj") || deprel.equals("obl"))
                    && tree.token(child).isNoun()) {
                things.add(child);
            }
        }
        return things;
    }

    private Set<String> lemmas(List<Integer> things) {
        return Set.copyOf(things.stream()
                .filter(t -> !tree.token(t).isProperNoun())
                .map(t -> Tree.lower(tree.token(t).lemma()))
                .toList());
    }

    private static Arguments.Found routed(Arguments.Found found, String route) {
        return new Arguments.Found(found.actors(), ROUTE + route, found.group());
    }
}
