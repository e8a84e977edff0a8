package org.annals.nlp;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "Acme said it seeks buyers and, within a year, intends to sell", "Ruiz stated the loan was cheap, so it is no
 * burden": a clause in the present tense that the parser hangs on a cue in the past, after the clause it reports, is
 * the speaker's tense, not the narration's; it goes on with the report. So does a further clause opened by "that"
 * after a report opened by "that" ("reported that A; that B; and that C"), whatever the parser made of it. And so
 * does a clause of contrast or cause right after the report ("Reports said 116 died, while the toll rose", "has said
 * cases rose because the lockdown was eased"): "while" and "because" relate it to the reported event, not to the act
 * of saying, though the parser hangs it on the cue.
 */
final class ContinuedReports {
    private static final Set<String> CONTINUING_RELATIONS = Set.of("conj", "advcl", "parataxis");
    private static final Set<String> PRESENT = Set.of("VBZ", "VBP");
    private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass", "cop");
    private static final Set<String> QUOTE_MARKS = Set.of("``", "''", "\"", "\u201c", "\u201d");
    // Subordinators that join a clause to the content's event ("while" of contrast, "because"); "as", "when",
    // "after" or "since" may time the act of saying itself ("said, as he left, ...") and are left alone.
    private static final Set<String> CONTENT_SUBORDINATORS =
            Set.of("while", "whereas", "because", "although", "though");

    private ContinuedReports() {}

    /**
     * The reported {@code clause} of {@code cue}, reaching over the present-tense clauses after it, and over the
     * further "that" clauses of a report opened by "that" ("reported that A; that B; and that C").
     */
    static Span extend(List<Token> tokens, Token cue, Span clause, Predicate<Token> isCue) {
        boolean past = cue.pos().equals("VBD");
        boolean thatClause = opensWithThat(tokens, clause.start());
        List<Token> after = tokens.stream()
                .filter(t -> t.head() == cue.index()
                        && CONTINUING_RELATIONS.contains(t.deprel())
                        && t.span().start() >= clause.end())
                .sorted(Comparator.comparingInt(Token::index))
                .toList();
        int end = clause.end();
        for (Token head : after) {
            boolean continues = past && isPresent(tokens, head)
                    || thatClause
                            && opensWithThat(
                                    tokens, firstWordUnder(tokens, head).span().start())
                    || isContentSubordinate(tokens, head, end) && !hasCueUnder(tokens, head, isCue);
            if (!continues || isCue.test(head)) {
                break;
            }
            end = Math.max(end, lastWordUnder(tokens, head).span().end());
        }
        return new Span(clause.start(), end);
    }

    /**
     * An adverbial clause opened by a subordinator of {@code CONTENT_SUBORDINATORS} that starts right after the
     * report, a comma at most between, and has a subject of its own.
     */
    private static boolean isContentSubordinate(List<Token> tokens, Token head, int reportEnd) {
        if (!head.deprel().equals("advcl")) {
            return false;
        }
        Token first = firstWordUnder(tokens, head);
        if (first.head() != head.index()
                || !first.deprel().equals("mark")
                || !CONTENT_SUBORDINATORS.contains(first.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean ownSubject = tokens.stream()
                .anyMatch(t -> t.head() == head.index() && t.deprel().startsWith("nsubj"));
        // A quotation inside it is a quote of its own, which a report reaching over it would swallow.
        boolean quotes = tokens.stream()
                .anyMatch(t -> t.sentence() == head.sentence()
                        && Heads.dominates(tokens, head, t)
                        && QUOTE_MARKS.contains(t.word()));
        return ownSubject
                && !quotes
                && onlyACommaBetween(tokens, reportEnd, first.span().start());
    }

    private static boolean onlyACommaBetween(List<Token> tokens, int from, int to) {
        return tokens.stream()
                .filter(t -> t.span().start() >= from && t.span().end() <= to)
                .allMatch(t -> t.word().equals(","));
    }

    // "said A, while B told reporters C": a clause with a report of its own is another speaker's, not this one's.
    private static boolean hasCueUnder(List<Token> tokens, Token head, Predicate<Token> isCue) {
        return tokens.stream()
                .anyMatch(t -> t.sentence() == head.sentence()
                        && t != head
                        && isCue.test(t)
                        && Heads.dominates(tokens, head, t));
    }

    private static boolean isPresent(List<Token> tokens, Token head) {
        return PRESENT.contains(head.pos())
                || tokens.stream()
                        .anyMatch(t -> t.head() == head.index()
                                && AUXILIARIES.contains(t.deprel())
                                && PRESENT.contains(t.pos()));
    }

    // The clause's "that" is left out of its span, so it is the word right before the span, or the span's first.
    private static boolean opensWithThat(List<Token> tokens, int start) {
        for (int at = 0; at < tokens.size(); at++) {
            if (tokens.get(at).span().start() >= start) {
                return tokens.get(at).word().equalsIgnoreCase("that")
                        || at > 0 && tokens.get(at - 1).word().equalsIgnoreCase("that");
            }
        }
        return false;
    }

    private static Token firstWordUnder(List<Token> tokens, Token head) {
        for (Token token : tokens) {
            if (token.sentence() == head.sentence() && Heads.dominates(tokens, head, token)) {
                return token;
            }
        }
        return head;
    }

    private static Token lastWordUnder(List<Token> tokens, Token head) {
        Token last = head;
        for (Token token : tokens) {
            if (token.sentence() == head.sentence()
                    && token.index() > last.index()
                    && !token.deprel().equals("punct")
                    && Heads.dominates(tokens, head, token)) {
                last = token;
            }
        }
        return last;
    }
}
