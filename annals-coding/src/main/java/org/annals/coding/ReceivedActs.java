package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.core.Token;

/**
 * Event nouns received: "she had received death threats", "the minister received a pardon", "the mayor came under
 * criticism from unions". The subject of a receiving verb (receiving-verbs.tsv) undergoes the act the noun names, so it
 * is the event's target; the giver is an actor after "from" or the noun's owner, or nobody named, and the event then
 * has no source.
 */
final class ReceivedActs {
    /** Rule segment of an event noun coded through a receiving verb: "noun:threat/received:receive". */
    static final String ROUTE = "/received:";

    private static final Set<String> VERBS = Tsv.read("/org/annals/coding/receiving-verbs.tsv", 1).stream()
            .map(row -> Tree.lower(row[0].trim()))
            .collect(Collectors.toUnmodifiableSet());
    private static final List<String> GIVER_SPECS = List.of("obl:from", "nmod:from");

    private final Tree tree;
    private final Arguments arguments;

    ReceivedActs(Tree tree, Arguments arguments) {
        this.tree = tree;
        this.arguments = arguments;
    }

    /** The receiving verb the noun is the object of ("received threats"), or that and its preposition ("came under"). */
    Optional<String> receivingVerb(int noun) {
        Token token = tree.token(noun);
        int verb = token.head();
        if (verb < 0 || !tree.token(verb).isVerb()) {
            return Optional.empty();
        }
        String lemma = Tree.lower(tree.token(verb).lemma());
        if (token.deprel().equals("obj") && VERBS.contains(lemma)) {
            return Optional.of(lemma);
        }
        String withPreposition = lemma + " " + tree.preposition(noun);
        return token.deprel().equals("obl") && VERBS.contains(withPreposition)
                ? Optional.of(withPreposition)
                : Optional.empty();
    }

    /** Who gave what was received: an actor after "from" on the noun or the verb, else the noun's owner. */
    Arguments.Found giver(int noun, int verb, Arguments.Found owner) {
        Arguments.Found from = arguments.targets(List.of(noun, verb), GIVER_SPECS);
        return from.actors().isEmpty() ? owner : from;
    }
}
