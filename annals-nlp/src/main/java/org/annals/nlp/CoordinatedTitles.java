package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;

/**
 * "trade and industry commissioner Ana Ruiz": words joined by "and" before a name make one title, but the parser
 * hangs the title noun on the first of them as a conjunct ("commissioner" a conjunct of "trade", "trade" a compound
 * of the name). The last conjunct still titles the name, so "The commissioner said" can find her. In the same way
 * "study co-author and geochemist Seth John" is one person with two titles, which the parser reads as two conjuncts,
 * the first a bare title noun.
 */
final class CoordinatedTitles {
    private static final Set<String> DETERMINERS = Set.of("det", "nmod:poss", "det:poss");
    private static final String PERSON = "PERSON";

    private CoordinatedTitles() {}

    /**
     * The name that {@code subject} titles when it is a bare singular title noun joined by "and" to a name ("study
     * co-author and geochemist Seth John remarked", "President and CEO Jack Dorsey said"); empty otherwise. A
     * determiner or possessor makes the first conjunct someone of its own ("the mayor and Ana Ruiz", "his aide and
     * Ana Ruiz"), and so does a plural ("residents and Ana Ruiz") or a name ("Ruiz and Kim").
     */
    static Optional<Token> titledName(List<Token> tokens, Token subject) {
        if (!isBareTitle(subject) || hasDeterminer(tokens, subject)) {
            return Optional.empty();
        }
        return tokens.stream()
                .filter(t -> t.head() == subject.index() && t.deprel().equals("conj"))
                .filter(t -> t.index() > subject.index())
                .findFirst()
                .filter(Token::isProperNoun)
                .filter(name -> joinedByAnd(tokens, subject, name));
    }

    /**
     * A singular title noun that names nobody by itself: "co-author", or a capitalised "President" the tagger types
     * no entity. The name after it may be tagged anything, since a long title before a name ("Royal Society
     * University Research Fellow Martin How") is often typed an organisation with the name.
     */
    private static boolean isBareTitle(Token token) {
        return token.pos().equals("NN") && !token.ner().equals(PERSON)
                || token.pos().equals("NNP") && token.ner().equals("O");
    }

    private static boolean hasDeterminer(List<Token> tokens, Token noun) {
        return tokens.stream().anyMatch(t -> t.head() == noun.index() && DETERMINERS.contains(t.deprel()));
    }

    /** Only "and" between the title and the name's phrase: "or", commas and lists are no single person. */
    private static boolean joinedByAnd(List<Token> tokens, Token title, Token name) {
        List<Token> coordinators = tokens.subList(title.index() + 1, name.index()).stream()
                .filter(t -> t.head() == name.index() && t.deprel().equals("cc")
                        || t.word().equals(","))
                .toList();
        return coordinators.size() == 1 && coordinators.get(0).word().equalsIgnoreCase("and");
    }

    /** Whether {@code title} is a conjunct, before the name, of a compound modifier of {@code name}. */
    static boolean titles(List<Token> tokens, Token title, Token name) {
        if (!title.deprel().equals("conj") || title.head() < 0 || title.index() > name.index()) {
            return false;
        }
        Token first = tokens.get(title.head());
        return first.head() == name.index() && first.deprel().startsWith("compound");
    }
}
