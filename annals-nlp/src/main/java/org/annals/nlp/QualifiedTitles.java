package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.core.Actor;
import org.annals.core.Document;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "The Foreign Secretary said" after "The Foreign Secretary Boris Johnson joined US Secretary of State John Kerry":
 * a title with words before its noun belongs to the holder the article gave those same words, not to any holder of
 * the bare noun; when no holder was given them, all holders stay candidates.
 */
final class QualifiedTitles {
    private static final Set<String> QUALIFYING = Set.of("compound", "amod");

    private QualifiedTitles() {}

    /** The holders whose title evidence is preceded by the subject's qualifying words, or all when none is. */
    static List<Actor> narrow(Document document, Token subject, List<Actor> holders) {
        List<String> qualifiers = qualifiers(document.tokens(), subject);
        if (qualifiers.isEmpty()) {
            return holders;
        }
        List<Actor> qualified = holders.stream()
                .filter(a -> a.evidence().stream().anyMatch(e -> isQualifiedBy(document, e, qualifiers)))
                .toList();
        return qualified.isEmpty() ? holders : qualified;
    }

    /** The lowercased words before the noun that modify it ("foreign" in "the Foreign Secretary"). */
    private static List<String> qualifiers(List<Token> tokens, Token subject) {
        return tokens.subList(0, subject.index()).stream()
                .filter(t -> t.head() == subject.index() && QUALIFYING.contains(t.deprel()))
                .filter(t -> t.isNoun() || t.pos().startsWith("JJ"))
                .map(t -> t.word().toLowerCase(Locale.ROOT))
                .toList();
    }

    private static boolean isQualifiedBy(Document document, Span evidence, List<String> qualifiers) {
        List<Token> tokens = document.tokens();
        int first = tokens.stream()
                .filter(t -> t.span().start() >= evidence.start())
                .mapToInt(Token::index)
                .findFirst()
                .orElse(-1);
        if (first < qualifiers.size()) {
            return false;
        }
        Set<String> before = tokens.subList(first - qualifiers.size(), first).stream()
                .map(t -> t.word().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return before.containsAll(qualifiers);
    }
}
