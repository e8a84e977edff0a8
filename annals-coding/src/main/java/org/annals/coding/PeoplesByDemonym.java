package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;

/**
 * "The Russians condemned the Ukrainians", "warned the Saudis", "the Chinese criticized the Americans": a nationality
 * word after "the" that is itself the head of an argument, in the plural or as a demonym with no plural, names the
 * country's people as a whole, which the guidelines code as the country (CAMEO's "Russians" is RUS). A bare or counted
 * plural ("Russians were paying bounties", "30 Britons were murdered") is some of them, not their country; as a
 * modifier ("Russian officials") or a single person ("an American was killed") it names no country. Those stay as
 * they were read.
 */
final class PeoplesByDemonym {
    /** Route suffix of an argument read as the people of a country. */
    static final String ROUTE = "+demonym";

    private static final Set<String> PLURAL_NOUNS = Set.of("NNS", "NNPS");
    // "the Chinese", "the French", "the British": demonyms with no plural are tagged as adjectives or names; their
    // endings tell them from a singular "the American", which is one person.
    private static final Set<String> BARE_DEMONYMS = Set.of("JJ", "NNP");
    private static final List<String> NO_PLURAL_ENDINGS = List.of("ese", "ish", "ch", "sh", "ss");

    private PeoplesByDemonym() {}

    /** The country whose people the noun names, or empty when it is no nationality word heading its phrase. */
    static Optional<String> country(Tree tree, ActorIndex index, int noun) {
        Optional<String> country = index.nationalityAt(tree.token(noun));
        if (country.isEmpty() || !headsItsPhrase(tree, noun)) {
            return Optional.empty();
        }
        Token token = tree.token(noun);
        boolean people = PLURAL_NOUNS.contains(token.pos()) || BARE_DEMONYMS.contains(token.pos()) && noPlural(token);
        return people && tree.definite(noun) && uncounted(tree, noun) ? country : Optional.empty();
    }

    private static boolean noPlural(Token token) {
        String word = Tree.lower(token.word());
        return NO_PLURAL_ENDINGS.stream().anyMatch(word::endsWith);
    }

    // "the 30 Britons" are those thirty people.
    private static boolean uncounted(Tree tree, int noun) {
        return tree.children(noun, "nummod").isEmpty();
    }

    // Nothing the demonym modifies: it is the argument, not a word on it ("Russian troops" is the troops).
    private static boolean headsItsPhrase(Tree tree, int noun) {
        String deprel = tree.token(noun).deprel();
        return !deprel.equals("amod") && !deprel.equals("compound") && !deprel.equals("nmod:poss");
    }
}
