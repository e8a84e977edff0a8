package org.annals.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Light and reporting verbs that news uses with any event noun of a type (light-verbs.tsv): "reiterates UK support
 * for Iraq", "issued a fresh call for talks", "staged an invasion". Each noun row keeps its own support verbs; a
 * shared verb serves a noun only when none of the noun's rows lists it, so "lift sanctions" stays CONCEDE. Whose
 * act it is comes first from the noun's owner, since a spokesman reiterating "the UK's support" speaks for the UK.
 */
final class LightVerbs {
    /** Rule segment of an event noun coded through a shared verb: "noun:support/light:reiterate". */
    static final String ROUTE = "/light:";

    private static final Map<String, Set<String>> TYPES = load();
    private static final String VERB_TARGET = "obj";

    private final Tree tree;
    private final Arguments arguments;

    LightVerbs(Tree tree, Arguments arguments) {
        this.tree = tree;
        this.arguments = arguments;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> types = new HashMap<>();
        for (String[] row : Tsv.read("/org/annals/coding/light-verbs.tsv", 2)) {
            if (types.put(Tree.lower(row[0]), Set.copyOf(Tsv.list(row[1]))) != null) {
                throw new IllegalStateException("light-verbs.tsv lists '" + row[0] + "' twice");
            }
        }
        return Map.copyOf(types);
    }

    /** The row a shared verb lends itself to for the noun at {@code noun}, the verb's object, or none. */
    Optional<EventLexicon.Noun> row(int noun, int verb, List<EventLexicon.Noun> rows) {
        String lemma = Tree.lower(tree.token(verb).lemma());
        Set<String> types = TYPES.getOrDefault(lemma, Set.of());
        boolean ownVerb = rows.stream().anyMatch(r -> r.supportVerbs().contains(lemma));
        if (types.isEmpty() || ownVerb || !tree.token(noun).deprel().equals(VERB_TARGET)) {
            return Optional.empty();
        }
        return rows.stream()
                .filter(r -> types.contains(r.type()) && !r.targets().contains(VERB_TARGET))
                .findFirst();
    }

    /** Whose act it is: the noun's owner when named ("UK support for Iraq"), else the verb's subject. */
    Arguments.Found source(int noun, int verb, List<String> targetSpecs) {
        Arguments.Found possessor = arguments.possessor(noun);
        if (!possessor.actors().isEmpty()) {
            return possessor;
        }
        Arguments.Found agent = arguments.nounAgent(noun);
        if (!agent.actors().isEmpty()) {
            return agent;
        }
        // A compounded name is the owner only beside a named target: "the Ukraine invasion" names the victim. The
        // parser hangs the target on the noun or on the verb ("reiterates UK support for Iraq").
        Arguments.Found compound = arguments.compoundActor(noun);
        boolean targetNamed =
                !arguments.targets(List.of(noun, verb), targetSpecs).actors().isEmpty();
        return !compound.actors().isEmpty() && targetNamed ? compound : arguments.source(verb);
    }
}
