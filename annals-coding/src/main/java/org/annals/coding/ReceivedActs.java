package org.annals.coding;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.core.Token;

/**
 * Event nouns received: "she had received death threats", "the minister received a pardon", "the mayor came under
 * criticism from unions", "he was given a fine", "Cohen is serving a prison sentence". The subject of a receiving verb
 * (receiving-verbs.tsv), or the passive subject of one that receives only in the passive ("was given", "was
 * handed"), undergoes the act the noun names, so it is the event's target; the giver is an actor after "from" or the
 * noun's owner, or nobody named, and the event then has no source.
 */
final class ReceivedActs {
    /** Rule segment of an event noun coded through a receiving verb: "noun:threat/received:receive". */
    static final String ROUTE = "/received:";

    private static final String RESOURCE = "/org/annals/coding/receiving-verbs.tsv";
    private static final String EVERY_NOUN = "*";
    private static final Map<String, Receiving> VERBS = Tsv.read(RESOURCE, 4).stream()
            .collect(Collectors.toUnmodifiableMap(row -> Tree.lower(row[0]), ReceivedActs::receiving));
    private static final List<String> GIVER_SPECS = List.of("obl:from", "nmod:from");

    /**
     * The nouns a verb receives ("*" for every event noun), whether it receives only in the passive, and whether what
     * it holds was given before the report ("is serving a sentence").
     */
    private record Receiving(Set<String> nouns, boolean passiveOnly, boolean givenEarlier) {
        boolean receives(String noun, boolean passive) {
            return (nouns.contains(EVERY_NOUN) || nouns.contains(noun)) && (passive || !passiveOnly);
        }
    }

    private final Tree tree;
    private final Arguments arguments;

    ReceivedActs(Tree tree, Arguments arguments) {
        this.tree = tree;
        this.arguments = arguments;
    }

    private static Receiving receiving(String[] row) {
        if (!row[2].equals("any") && !row[2].equals("passive")) {
            throw new IllegalStateException(
                    RESOURCE + ": voice must be 'any' or 'passive', got '" + row[2] + "' for " + row[0]);
        }
        if (!row[3].equals("now") && !row[3].equals("earlier")) {
            throw new IllegalStateException(
                    RESOURCE + ": when must be 'now' or 'earlier', got '" + row[3] + "' for " + row[0]);
        }
        Set<String> nouns = Arrays.stream(row[1].split("\\|"))
                .map(noun -> Tree.lower(noun.strip()))
                .collect(Collectors.toUnmodifiableSet());
        return new Receiving(nouns, row[2].equals("passive"), row[3].equals("earlier"));
    }

    /**
     * Whether the act of a trigger coded through a receiving verb was given before the report: "Cohen is serving a
     * prison sentence" tells the sentence's holding, not its handing down, which the publication day would misdate.
     */
    static boolean givenEarlier(String rule) {
        int at = rule.indexOf(ROUTE);
        if (at < 0) {
            return false;
        }
        String rest = rule.substring(at + ROUTE.length());
        int end = rest.indexOf('/');
        Receiving receiving = VERBS.get(end < 0 ? rest : rest.substring(0, end));
        return receiving != null && receiving.givenEarlier();
    }

    /** The receiving verb the noun is the object of ("received threats"), or that and its preposition ("came under"). */
    Optional<String> receivingVerb(int noun) {
        Token token = tree.token(noun);
        int verb = token.head();
        if (verb < 0 || !tree.token(verb).isVerb()) {
            return Optional.empty();
        }
        String lemma = Tree.lower(tree.token(verb).lemma());
        if (token.deprel().equals("obj") && receives(lemma, noun, verb)) {
            return Optional.of(lemma);
        }
        String withPreposition = lemma + " " + tree.preposition(noun);
        return token.deprel().equals("obl") && receives(withPreposition, noun, verb)
                ? Optional.of(withPreposition)
                : Optional.empty();
    }

    private boolean receives(String verbKey, int noun, int verb) {
        Receiving receiving = VERBS.get(verbKey);
        return receiving != null
                && receiving.receives(Tree.lower(tree.token(noun).lemma()), passive(verb));
    }

    private boolean passive(int verb) {
        return !tree.children(verb, "nsubj:pass").isEmpty();
    }

    /** Who undergoes the act: the passive subject of "was given a fine", else the verb's subject. */
    Arguments.Found recipient(int verb) {
        return tree.children(verb, "nsubj:pass").stream()
                .findFirst()
                .map(subject -> arguments.actorsOf(subject, "nsubj:pass"))
                .orElseGet(() -> arguments.source(verb));
    }

    /**
     * Who gave what was received: an actor after "from" on the noun or the verb, else the noun's owner unless the
     * owner is the recipient ("served his sentence" is his own, given by nobody named).
     */
    Arguments.Found giver(int noun, int verb, Arguments.Found owner) {
        Arguments.Found from = arguments.targets(List.of(noun, verb), GIVER_SPECS);
        if (!from.actors().isEmpty()) {
            return from;
        }
        boolean ownRecipient =
                !owner.actors().isEmpty() && recipient(verb).actors().containsAll(owner.actors());
        return ownRecipient ? from : owner;
    }
}
