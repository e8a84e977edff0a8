package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * "The manager of Acme Tours and director of the Wales Tourism Partnership, Ana Ruiz, said": the name set off by
 * commas at the end of a titled subject names the title's holder, but the parser hangs it on the nearest noun, the
 * organisation the title belongs to. A person is never in apposition to an organisation or a place, so a person
 * hung there as an apposition, inside the subject's phrase, is the subject's own name.
 */
final class StrayAppositions {
    private StrayAppositions() {}

    /** The person in apposition to an organisation or place inside the subject's phrase, if any. */
    static Optional<Mention> of(Document document, Token subject) {
        List<Token> tokens = document.tokens();
        return document.mentions().stream()
                .filter(m -> m.type() == MentionType.PERSON)
                .filter(m -> Speakers.lastToken(tokens, m)
                        .filter(last -> last.deprel().equals("appos") && last.head() >= 0)
                        .map(last -> tokens.get(last.head()))
                        .filter(StrayAppositions::namesNoPerson)
                        .filter(host -> host.index() != subject.index() && Heads.isAbove(tokens, subject, host))
                        .isPresent())
                .findFirst();
    }

    private static boolean namesNoPerson(Token token) {
        return token.ner().equals("ORGANIZATION") || token.ner().equals("LOCATION");
    }
}
