package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A quotation interrupted by its attribution: ""We stand ready," tweeted the minister, "to help."" or ""We will
 * win," she said. "The war is over."". The guidelines count it as one quote that runs from the first word of the
 * first part to the last word of the second; the attribution between the parts names the speaker of both.
 */
final class SplitQuotes {
    // An attribution is short: the cue, its subject with a title or an apposition, where and when. A name counts
    // as one word, and the speaker's asides (a relative clause, a parenthesis) do not count (SpeakerAsides).
    private static final int MAX_ATTRIBUTION_WORDS = 15;

    /** Builds the quote a cue attributes: the whole span, its kind, and the speaker of the cue. */
    interface Attribution {
        Quote of(Span whole, QuoteKind kind, Token cue);
    }

    private SplitQuotes() {}

    /** The marked quotes (in text order) with each interrupted pair joined into one quote. */
    static List<Quote> join(Document document, List<Quote> marked, Predicate<Token> isCue, Attribution attribution) {
        List<Quote> joined = new ArrayList<>();
        for (int at = 0; at < marked.size(); at++) {
            Quote first = marked.get(at);
            Optional<Token> cue = at + 1 < marked.size()
                    ? interruptingCue(document, first, marked.get(at + 1), isCue)
                    : Optional.empty();
            if (cue.isEmpty()) {
                joined.add(first);
                continue;
            }
            Quote second = marked.get(at + 1);
            Span whole = new Span(first.span().start(), second.span().end());
            boolean clause = hasVerb(document, first.span()) || hasVerb(document, second.span());
            joined.add(attribution.of(whole, clause ? QuoteKind.DIRECT : QuoteKind.PARTIAL, cue.get()));
            at++;
        }
        return joined;
    }

    /**
     * The cue between two quotes when the words between them are only an attribution: one cue verb, its subject
     * among those words, no other finite verb, the same paragraph, and the second part without a cue of its own
     * after it (""A," said X. "B," said Y." is two quotes).
     */
    private static Optional<Token> interruptingCue(
            Document document, Quote first, Quote second, Predicate<Token> isCue) {
        Span gap = new Span(first.span().end(), second.span().start());
        if (gap.length() <= 0 || document.textOf(gap).indexOf('\n') >= 0) {
            return Optional.empty();
        }
        List<Token> tokens = document.tokens();
        List<Token> words =
                tokens.stream().filter(t -> gap.contains(t.span()) && isWord(t)).toList();
        List<Token> cues = words.stream().filter(isCue).toList();
        // ""Soviet-style" and Tom Brown calling the process "a coup"": a gap that opens with a conjunction joins two
        // clauses, each with its own quote, not two parts of one.
        if (cues.size() != 1 || words.get(0).pos().equals("CC")) {
            return Optional.empty();
        }
        Token cue = cues.get(0);
        Optional<Token> subject = Speakers.subjectOf(tokens, cue).filter(s -> gap.contains(s.span()));
        List<Token> attributionWords = SpeakerAsides.without(document, words, subject);
        if (SpeakerAsides.nameCountedOnce(document, attributionWords) > MAX_ATTRIBUTION_WORDS) {
            return Optional.empty();
        }
        // ""Who would steal it?" wrote Ruiz in an e-mail. "..."": an attribution right after a finished first part,
        // closing its own sentence, trails that part; the next part goes on without a cue of its own.
        boolean trailingAttribution = words.get(0).index() == cue.index() && closesSentence(document, gap);
        if (endsSentence(document, first, gap) && !trailingAttribution) {
            return Optional.empty();
        }
        boolean otherFiniteVerb = attributionWords.stream().anyMatch(t -> t.index() != cue.index() && t.isFiniteVerb());
        // The attribution comes right after the first part: ""A," she said", ""A," said the minister".
        boolean attributionFirst = subject.map(
                        s -> words.get(0).index() == cue.index() || Heads.dominates(tokens, s, words.get(0)))
                .orElse(false);
        if (otherFiniteVerb || !attributionFirst || hasOwnCueAfter(document, second, isCue)) {
            return Optional.empty();
        }
        return Optional.of(cue);
    }

    /**
     * ""Prices fell." Ruiz said, "Wages rose."": a first part that ends its sentence is finished; the cue after it
     * introduces the second part. A split quote breaks off with a comma or no mark at all.
     */
    private static boolean endsSentence(Document document, Quote first, Span gap) {
        String text = document.text();
        int end = first.span().end();
        while (end > first.span().start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (int at = Math.max(first.span().start(), end - 1); at < gap.end(); at++) {
            char c = text.charAt(at);
            if (at >= end && Character.isLetterOrDigit(c)) {
                return false;
            }
            if (c == '.' || c == '?' || c == '!') {
                return true;
            }
        }
        return false;
    }

    private static boolean closesSentence(Document document, Span gap) {
        String between = document.textOf(gap);
        int end = between.length();
        while (end > 0 && (Character.isWhitespace(between.charAt(end - 1)) || isMark(between.charAt(end - 1)))) {
            end--;
        }
        return end > 0 && between.charAt(end - 1) == '.';
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\'' || c == '\u2018' || c == '\u2019';
    }

    private static boolean hasOwnCueAfter(Document document, Quote quote, Predicate<Token> isCue) {
        List<Token> tokens = document.tokens();
        Optional<Token> last =
                tokens.stream().filter(t -> quote.span().contains(t.span())).reduce((a, b) -> b);
        if (last.isEmpty()) {
            return false;
        }
        Speakers.Sentencewise sentence = Speakers.Sentencewise.of(tokens, last.get());
        for (int at = last.get().index() + 1; at < sentence.end(); at++) {
            if (isCue.test(tokens.get(at))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVerb(Document document, Span span) {
        return document.tokens().stream().anyMatch(t -> span.contains(t.span()) && t.isVerb());
    }

    private static boolean isWord(Token token) {
        return token.word().codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
