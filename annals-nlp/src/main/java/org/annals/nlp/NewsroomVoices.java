package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "A Reuters correspondent in Kyiv noted ...": a journalist of an outlet reports what they saw or heard, and the
 * outlet is only where they work, unlike a spokesperson, who speaks for the body. The speaker is the unnamed
 * journalist, as written up to the noun ("A Reuters correspondent").
 */
final class NewsroomVoices {
    private static final Set<String> JOURNALISTS =
            Set.of("reporter", "correspondent", "journalist", "columnist", "photographer", "editor");

    private NewsroomVoices() {}

    static Optional<Mention> of(Document document, Token subject) {
        if (!subject.isNoun() || !JOURNALISTS.contains(subject.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        List<Token> tokens = document.tokens();
        int first = subject.index();
        boolean outlet = false;
        for (int at = subject.index() - 1; at >= 0 && modifies(tokens, at, subject.index()); at--) {
            first = at;
            outlet |= tokens.get(at).deprel().equals("compound") && namesOrganisation(document, tokens.get(at));
        }
        if (!outlet) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(first).span().start(), subject.span().end());
        return Optional.of(new Mention(span, document.textOf(span), MentionType.DESCRIPTION, "", ""));
    }

    // The words before the noun that hang on it, directly or through a word between ("Al" on "Jazeera").
    private static boolean modifies(List<Token> tokens, int at, int noun) {
        int head = tokens.get(at).head();
        return head == noun || (head > at && head < noun && tokens.get(head).head() == noun);
    }

    private static boolean namesOrganisation(Document document, Token token) {
        return document.mentions().stream()
                .anyMatch(m -> m.type() == MentionType.ORGANISATION && m.span().contains(token.span()));
    }
}
