package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A person introduced with an affiliation, "Tristan Smith of University College London", which the tagger often
 * types as one organisation name. When the article names the person by the surname elsewhere ("Smith told ..."), the
 * words before "of" are the person, and the person, not the organisation, is the speaker.
 */
final class AffiliatedPersons {
    private AffiliatedPersons() {}

    /** The person the organisation {@code name} opens with, when {@code head} ends that person's name. */
    static Optional<Mention> of(Document document, Token head, Mention name) {
        List<Token> tokens = document.tokens();
        if (name.type() != MentionType.ORGANISATION || !head.isProperNoun() || !opensWithName(tokens, name, head)) {
            return Optional.empty();
        }
        Token next = tokens.get(head.index() + 1);
        if (!next.word().equalsIgnoreCase("of") || !name.span().contains(next.span())) {
            return Optional.empty();
        }
        String surname = head.word().toLowerCase(Locale.ROOT);
        Span person = new Span(name.span().start(), head.span().end());
        return document.mentions().stream()
                .filter(m -> m.type() == MentionType.PERSON && !m.span().overlaps(name.span()))
                .filter(m -> lastWord(m).equals(surname))
                .findFirst()
                .map(m -> new Mention(person, document.textOf(person), MentionType.PERSON, m.actorId(), m.role()));
    }

    /** Two or more proper nouns from the start of the name to {@code head}: a given name and a surname. */
    private static boolean opensWithName(List<Token> tokens, Mention name, Token head) {
        List<Token> before = tokens.stream()
                .filter(t -> t.span().start() >= name.span().start() && t.index() <= head.index())
                .toList();
        return before.size() >= 2 && before.stream().allMatch(Token::isProperNoun) && head.index() + 1 < tokens.size();
    }

    private static String lastWord(Mention mention) {
        String[] words = mention.text().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
