package org.annals.nlp;

import java.util.List;
import org.annals.core.Token;

/**
 * "trade and industry commissioner Ana Ruiz": words joined by "and" before a name make one title, but the parser
 * hangs the title noun on the first of them as a conjunct ("commissioner" a conjunct of "trade", "trade" a compound
 * of the name). The last conjunct still titles the name, so "The commissioner said" can find her.
 */
final class CoordinatedTitles {
    private CoordinatedTitles() {}

    /** Whether {@code title} is a conjunct, before the name, of a compound modifier of {@code name}. */
    static boolean titles(List<Token> tokens, Token title, Token name) {
        if (!title.deprel().equals("conj") || title.head() < 0 || title.index() > name.index()) {
            return false;
        }
        Token first = tokens.get(title.head());
        return first.head() == name.index() && first.deprel().startsWith("compound");
    }
}
