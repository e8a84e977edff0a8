package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Quote;
import org.annals.core.Token;

/**
 * "I", "me", "we" and "us" inside a quotation are its speaker: "'We made a plea to the president,' Schumer said"
 * is a plea by Schumer. Only quotations whose speaker is a resolved actor count.
 */
final class QuotedFirstPerson {
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "we", "us");

    private final List<Quote> quotes;

    QuotedFirstPerson(ActorIndex index) {
        this.quotes = index.document().quotes().stream()
                .filter(q ->
                        !q.speakerId().isEmpty() && index.actor(q.speakerId()).isPresent())
                .toList();
    }

    /** The speaker of the quotation the first-person pronoun stands in, if the token is one. */
    Optional<String> speaker(Token token) {
        if (!token.pos().equals("PRP") || !FIRST_PERSON.contains(Tree.lower(token.word()))) {
            return Optional.empty();
        }
        return quotes.stream()
                .filter(q -> q.span().contains(token.span()))
                .findFirst()
                .map(Quote::speakerId);
    }
}
