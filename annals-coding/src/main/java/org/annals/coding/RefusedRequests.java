package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A refusal with no object answers the request its clause is joined to: in "the city asked the judge to wait, but he
 * declined" the judge refuses the city. Only the one asked can refuse it so: "asked X to wait, but Y refused" is
 * another story.
 */
final class RefusedRequests {
    private static final String REJECT = "REJECT";
    private static final String REQUEST = "REQUEST";

    private final Tree tree;
    private final EventLexicon lexicon;
    private final Arguments arguments;

    RefusedRequests(Tree tree, EventLexicon lexicon, Arguments arguments) {
        this.tree = tree;
        this.lexicon = lexicon;
        this.arguments = arguments;
    }

    /** Who made the request the refusal answers, or none when the refusal answers no request in its sentence. */
    Arguments.Found requester(int refusal, String type) {
        if (!type.equals(REJECT)
                || !tree.children(refusal, "obj").isEmpty()
                || !tree.token(refusal).deprel().equals("conj")) {
            return Arguments.Found.NONE;
        }
        List<String> refusers = arguments.source(refusal).actors();
        return earlierConjuncts(refusal).stream()
                .map(this::request)
                .flatMap(Optional::stream)
                .filter(request -> !refusers.isEmpty() && askedOf(request).containsAll(refusers))
                .findFirst()
                .map(request -> {
                    Arguments.Found requesters = arguments.source(request);
                    return new Arguments.Found(requesters.actors(), "refused-request", requesters.group());
                })
                .orElse(Arguments.Found.NONE);
    }

    // The parser hangs every conjunct on the first, so in "a panel was formed, and the city asked the judge to wait,
    // but he declined" the request is a sibling of the refusal, not its head: the nearest earlier one answers first.
    private List<Integer> earlierConjuncts(int refusal) {
        int first = tree.head(refusal);
        List<Integer> nearestFirst = new ArrayList<>();
        for (int conjunct : tree.children(first, "conj")) {
            if (conjunct < refusal) {
                nearestFirst.add(0, conjunct);
            }
        }
        nearestFirst.add(first);
        return nearestFirst;
    }

    // The refusal hangs on the request, or on what was requested ("asked X to delay the ruling, but he declined").
    private Optional<Integer> request(int clause) {
        int current = clause;
        for (int depth = 0; depth < 2 && current >= 0; depth++) {
            if (isRequest(current)) {
                return Optional.of(current);
            }
            if (!tree.token(current).deprel().equals("xcomp")) {
                return Optional.empty();
            }
            current = tree.head(current);
        }
        return Optional.empty();
    }

    private boolean isRequest(int token) {
        return tree.token(token).isVerb()
                && lexicon.verb(tree.token(token).lemma())
                        .map(v -> v.type().equals(REQUEST))
                        .orElse(false);
    }

    private List<String> askedOf(int request) {
        return arguments.targets(List.of(request), List.of("obj", "iobj")).actors();
    }
}
