package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "According to X" and "per X" read from the word order, for the sentences whose parse does not hang the phrase on
 * the clause it vouches for ("According to a March 14, 2019 NATO release, ..." parsed as the root; "... according
 * to WHO's figures" parsed as a clause of its own). Only a phrase that opens its sentence, before a comma, or closes
 * it is read: the clause is then the rest of the sentence, up to a semicolon. A phrase set off by commas inside its
 * sentence is read by {@link #setOff}, whatever the parse.
 */
final class SourcePhrases {
    /** A source phrase and the clause it vouches for. */
    record Source(Token cue, Span phrase, Span clause) {}

    private static final java.util.Set<String> AUXILIARY_RELATIONS =
            java.util.Set.of("aux", "aux:pass", "cop", "acl", "amod");
    private static final java.util.Set<String> FINITE_TAGS = java.util.Set.of("VBD", "VBZ", "VBP");

    private SourcePhrases() {}

    /** The phrase {@code cue} opens ("According", "Per"), read from the words; empty where the order is no frame. */
    static Optional<Source> of(List<Token> tokens, Token cue) {
        return Frame.of(tokens, cue).flatMap(frame -> framed(tokens, cue, frame));
    }

    private static Optional<Source> framed(List<Token> tokens, Token cue, Frame frame) {
        int phraseStart = frame.phraseStart();
        Speakers.Sentencewise sentence = frame.sentence();
        int last = frame.last();
        int phraseEnd = frame.phraseEnd();
        if (phraseEnd <= phraseStart || last < 0) {
            return Optional.empty();
        }
        boolean opens = onlyPunctuation(tokens, sentence.first(), cue.index());
        boolean closes = phraseEnd > last;
        Span phrase = span(tokens, phraseStart, Math.min(phraseEnd, last + 1) - 1);
        if (opens && phraseEnd < sentence.end() && tokens.get(phraseEnd).word().equals(",")) {
            return clause(tokens, phraseEnd + 1, untilSemicolon(tokens, phraseEnd + 1, last))
                    .map(c -> new Source(cue, phrase, c));
        }
        if (closes && !opens) {
            int start = afterSemicolon(tokens, sentence.first(), cue.index());
            return clause(tokens, start, cue.index() - 1).map(c -> new Source(cue, phrase, c));
        }
        return Optional.empty();
    }

    /**
     * A phrase set off by commas inside its sentence vouches for the words it interrupts, which parsers hang it on
     * at random: the conjunct after a coordinator ("largely rural and, according to X, poor"), the relative clause it
     * closes ("Nurses, who make up 40% of staff, according to X, ..."), or the whole clause when only its subject
     * comes before ("The plan, according to X, is too costly", the phrase then inside the span as in {@code
     * ParentheticalReports}; the closing comma may be missing before the predicate's finite verb). After a clause of
     * its own the phrase vouches for the whole sentence when what follows only goes on: a trailing adjunct ("..., a
     * strong opioid, according to X, at the park") or the rest of the predicate ("attacked him, then, according to X,
     * fled"). Empty for any other order, which {@link #of} or the parse reads.
     */
    static Optional<Source> setOff(List<Token> tokens, Token cue) {
        return Frame.of(tokens, cue).flatMap(frame -> setOff(tokens, cue, frame));
    }

    private static Optional<Source> setOff(List<Token> tokens, Token cue, Frame frame) {
        int phraseStart = frame.phraseStart();
        Speakers.Sentencewise sentence = frame.sentence();
        int last = frame.last();
        int opening = cue.index() - 1;
        if (opening <= sentence.first() || !tokens.get(opening).word().equals(",")) {
            return Optional.empty();
        }
        int start = afterSemicolon(tokens, sentence.first(), cue.index());
        int unmarked = hasOwnVerb(tokens, start, opening) ? -1 : unmarkedPredicate(tokens, phraseStart, frame);
        int phraseEnd = unmarked >= 0 ? unmarked : closingComma(tokens, frame) ? frame.phraseEnd() : -1;
        if (phraseEnd <= phraseStart) {
            return Optional.empty();
        }
        // With no closing comma the rest starts at the predicate's verb itself.
        int rest = tokens.get(phraseEnd).word().equals(",") ? phraseEnd + 1 : phraseEnd;
        Span phrase = span(tokens, phraseStart, phraseEnd - 1);
        int end = untilSemicolon(tokens, rest, last);
        Optional<Span> vouched;
        if (tokens.get(opening - 1).pos().equals("CC")) {
            vouched = predicate(tokens, rest, end);
        } else if (relativeStart(tokens, start, opening) >= 0) {
            vouched = clause(tokens, relativeStart(tokens, start, opening), opening - 1);
        } else if (!hasOwnVerb(tokens, start, opening)) {
            vouched = clause(tokens, rest, end).flatMap(after -> clause(tokens, start, end));
        } else if (onlyGoesOn(tokens, rest, end)) {
            vouched = clause(tokens, start, end);
        } else {
            vouched = Optional.empty();
        }
        return vouched.map(c -> new Source(cue, phrase, c));
    }

    private static boolean closingComma(List<Token> tokens, Frame frame) {
        int phraseEnd = frame.phraseEnd();
        return phraseEnd > frame.phraseStart()
                && phraseEnd < frame.last()
                && tokens.get(phraseEnd).word().equals(",");
    }

    /**
     * "Rescuers, working in the cold, according to the ministry recovered ten survivors": with the closing comma left
     * out, the phrase ends at the finite verb right after its noun. -1 when there is none before a relative pronoun.
     */
    private static int unmarkedPredicate(List<Token> tokens, int phraseStart, Frame frame) {
        for (int at = phraseStart + 1; at <= frame.last() && at < frame.phraseEnd(); at++) {
            Token token = tokens.get(at);
            if (token.pos().startsWith("W")) {
                return -1;
            }
            if (FINITE_TAGS.contains(token.pos()) && tokens.get(at - 1).isNoun()) {
                return at;
            }
        }
        return -1;
    }

    /** What follows the phrase only goes on with the clause before it: it holds no verb, or opens with one. */
    private static boolean onlyGoesOn(List<Token> tokens, int from, int to) {
        List<Token> words = tokens.subList(from, to + 1).stream()
                .filter(t -> !isPunctuation(t))
                .toList();
        return !words.isEmpty() && (words.get(0).isVerb() || words.stream().noneMatch(Token::isVerb));
    }

    /** Where the phrase a cue opens starts and ends, in the sentence and before its last word. */
    private record Frame(int phraseStart, Speakers.Sentencewise sentence, int last, int phraseEnd) {
        static Optional<Frame> of(List<Token> tokens, Token cue) {
            int phraseStart = SourcePhrases.phraseStart(tokens, cue);
            if (phraseStart < 0) {
                return Optional.empty();
            }
            Speakers.Sentencewise sentence = Speakers.Sentencewise.of(tokens, cue);
            int last = lastWord(tokens, sentence);
            return Optional.of(new Frame(
                    phraseStart, sentence, last, SourcePhrases.phraseEnd(tokens, phraseStart, sentence.end())));
        }
    }

    /** The relative pronoun right after the last comma before {@code opening} ("Nurses, who ..."), or -1. */
    private static int relativeStart(List<Token> tokens, int from, int opening) {
        for (int at = opening - 1; at > from; at--) {
            if (tokens.get(at).word().equals(",")) {
                Token next = tokens.get(at + 1);
                return next.pos().equals("WP") || next.pos().equals("WDT") ? at + 1 : -1;
            }
        }
        return -1;
    }

    /** A verb of the clause itself, not an auxiliary, copula or participle modifying a noun. */
    private static boolean hasOwnVerb(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().anyMatch(t -> t.isVerb() && !AUXILIARY_RELATIONS.contains(t.deprel()));
    }

    /** A conjunct that predicates: a verb or, after a copula before it, an adjective ("and, ..., very poor"). */
    private static Optional<Span> predicate(List<Token> tokens, int from, int to) {
        return words(tokens, from, to, t -> t.isVerb() || t.pos().startsWith("JJ"));
    }

    /** Whether a token opens a source phrase: "according to", or "per" (never "per cent", "per day"). */
    static boolean isCue(List<Token> tokens, Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return word.equals("according")
                        && next(tokens, token)
                                .map(t -> t.word().equalsIgnoreCase("to"))
                                .orElse(false)
                || word.equals("per") && token.pos().equals("IN");
    }

    private static int phraseStart(List<Token> tokens, Token cue) {
        if (!isCue(tokens, cue)) {
            return -1;
        }
        if (!cue.word().equalsIgnoreCase("per")) {
            return cue.index() + 2;
        }
        // "per the ministry", "per WHO guidelines" name a source; "per request of", "per advice from" a reason.
        return next(tokens, cue)
                .filter(SourcePhrases::opensName)
                .map(Token::index)
                .orElse(-1);
    }

    private static boolean opensName(Token token) {
        return token.pos().equals("DT") || token.pos().equals("PRP$") || token.isProperNoun();
    }

    /**
     * Where the source phrase stops: at the first comma, semicolon or colon, but not at the comma of a date ("March
     * 14, 2019").
     */
    private static int phraseEnd(List<Token> tokens, int start, int sentenceEnd) {
        for (int at = start; at < sentenceEnd; at++) {
            String word = tokens.get(at).word();
            boolean dateComma = word.equals(",")
                    && at > start
                    && tokens.get(at - 1).pos().equals("CD")
                    && at + 1 < sentenceEnd
                    && tokens.get(at + 1).word().matches("\\d{4}");
            if ((word.equals(",") || word.equals(";") || word.equals(":")) && !dateComma) {
                return at;
            }
        }
        return sentenceEnd;
    }

    private static Optional<Span> clause(List<Token> tokens, int from, int to) {
        return words(tokens, from, to, Token::isVerb);
    }

    /** The tokens from {@code from} to {@code to} without punctuation at the ends, if one of them {@code has}. */
    private static Optional<Span> words(List<Token> tokens, int from, int to, Predicate<Token> has) {
        int first = from;
        int last = to;
        while (first <= last && isPunctuation(tokens.get(first))) {
            first++;
        }
        while (last >= first && isPunctuation(tokens.get(last))) {
            last--;
        }
        boolean found =
                first <= last && tokens.subList(first, last + 1).stream().anyMatch(has);
        return found ? Optional.of(span(tokens, first, last)) : Optional.empty();
    }

    private static int untilSemicolon(List<Token> tokens, int from, int last) {
        for (int at = from; at <= last; at++) {
            if (tokens.get(at).word().equals(";")) {
                return at - 1;
            }
        }
        return last;
    }

    private static int afterSemicolon(List<Token> tokens, int first, int before) {
        int start = first;
        for (int at = first; at < before; at++) {
            if (tokens.get(at).word().equals(";")) {
                start = at + 1;
            }
        }
        return start;
    }

    private static int lastWord(List<Token> tokens, Speakers.Sentencewise sentence) {
        for (int at = sentence.end() - 1; at >= sentence.first(); at--) {
            if (!isPunctuation(tokens.get(at))) {
                return at;
            }
        }
        return -1;
    }

    private static boolean onlyPunctuation(List<Token> tokens, int from, int to) {
        return tokens.subList(from, to).stream().allMatch(SourcePhrases::isPunctuation);
    }

    static boolean isPunctuation(Token token) {
        return !Character.isLetterOrDigit(token.word().codePointAt(0));
    }

    private static Optional<Token> next(List<Token> tokens, Token token) {
        return token.index() + 1 < tokens.size()
                        && tokens.get(token.index() + 1).sentence() == token.sentence()
                ? Optional.of(tokens.get(token.index() + 1))
                : Optional.empty();
    }

    /** The text from the first to the last token, both included. */
    static Span span(List<Token> tokens, int first, int last) {
        return new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end());
    }
}
