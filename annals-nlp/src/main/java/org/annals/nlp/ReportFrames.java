package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A source's report framing a clause, as "according to" does: "In a situational report of the council, the tremor
 * damaged 143 buildings", "In the analysis of the institute, the costs render the project unrealistic", "The crews
 * were already there, by the transport police's report". The frame opens its sentence before a comma or closes it
 * after one; the source is the name after "of" or "by", or the possessor. A clause with a report of its own ("In a
 * statement, the ministry said ...") is that report's, and a frame naming no one ("In an analysis of the data") is
 * no source; both are left to the caller's checks.
 */
final class ReportFrames {
    // Nouns for a source's own account of what happened; "study", "statement" or "letter" usually frame a cue.
    private static final Set<String> ACCOUNTS = Set.of("report", "analysis", "assessment", "account", "view");
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("of", "by");

    private ReportFrames() {}

    /** The source phrase and the clause a frame around {@code noun} vouches for, read from the words. */
    static Optional<SourcePhrases.Source> of(List<Token> tokens, Token noun, Predicate<Token> isCue) {
        if (!noun.isNoun() || !ACCOUNTS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Speakers.Sentencewise sentence = Speakers.Sentencewise.of(tokens, noun);
        int opener = opener(tokens, noun, sentence);
        if (opener < 0) {
            return Optional.empty();
        }
        int comma = commaAfter(tokens, noun, sentence);
        Optional<Span> source = possessor(tokens, opener, noun).or(() -> namedAfter(tokens, noun, comma));
        boolean opens = opener == sentence.first() && tokens.get(opener).word().equalsIgnoreCase("in");
        boolean closes =
                opener > sentence.first() && tokens.get(opener - 1).word().equals(",") && comma == sentence.end();
        Optional<Span> clause = opens && comma < sentence.end()
                ? clause(tokens, comma + 1, sentence.end() - 1, isCue)
                : closes ? clause(tokens, sentence.first(), opener - 2, isCue) : Optional.empty();
        if (source.isEmpty() || clause.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SourcePhrases.Source(noun, source.get(), clause.get()));
    }

    /** "In"/"by" before the noun with only determiners, adjectives and a possessor between, or -1. */
    private static int opener(List<Token> tokens, Token noun, Speakers.Sentencewise sentence) {
        for (int at = noun.index() - 1; at >= sentence.first(); at--) {
            Token token = tokens.get(at);
            String word = token.word().toLowerCase(Locale.ROOT);
            if (token.pos().equals("IN")) {
                return word.equals("in") || word.equals("by") ? at : -1;
            }
            boolean modifier = token.pos().equals("DT")
                    || token.pos().startsWith("JJ")
                    || token.pos().equals("POS")
                    || token.isProperNoun()
                    || token.pos().equals("NN");
            if (!modifier) {
                return -1;
            }
        }
        return -1;
    }

    private static int commaAfter(List<Token> tokens, Token noun, Speakers.Sentencewise sentence) {
        int at = noun.index() + 1;
        while (at < sentence.end() && !tokens.get(at).word().equals(",") && !isEnd(tokens.get(at))) {
            at++;
        }
        return at < sentence.end() && tokens.get(at).word().equals(",") ? at : sentence.end();
    }

    private static boolean isEnd(Token token) {
        String word = token.word();
        return word.equals(".") || word.equals("!") || word.equals("?");
    }

    /** "BTP's report": the proper nouns before the possessive ending. */
    private static Optional<Span> possessor(List<Token> tokens, int opener, Token noun) {
        for (int at = opener + 1; at < noun.index(); at++) {
            if (tokens.get(at).pos().equals("POS")
                    && at > opener + 1
                    && tokens.get(at - 1).isProperNoun()) {
                int first = at - 1;
                while (first > opener + 1 && tokens.get(first - 1).isProperNoun()) {
                    first--;
                }
                return Optional.of(SourcePhrases.span(tokens, first, at - 1));
            }
        }
        return Optional.empty();
    }

    /** "report of the council": the words after "of" or "by" up to the frame's comma, when they open with a name. */
    private static Optional<Span> namedAfter(List<Token> tokens, Token noun, int comma) {
        int at = noun.index() + 1;
        if (at + 1 >= comma
                || !SOURCE_PREPOSITIONS.contains(tokens.get(at).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int first = at + 1;
        int last = comma - 1;
        while (last > first && isEnd(tokens.get(last))) {
            last--;
        }
        boolean named = tokens.subList(first, last + 1).stream().anyMatch(Token::isProperNoun);
        return named ? Optional.of(SourcePhrases.span(tokens, first, last)) : Optional.empty();
    }

    /** The words from {@code from} to {@code to}, trimmed of punctuation, when they hold a verb and no cue. */
    private static Optional<Span> clause(List<Token> tokens, int from, int to, Predicate<Token> isCue) {
        int first = from;
        int last = to;
        while (first <= last && SourcePhrases.isPunctuation(tokens.get(first))) {
            first++;
        }
        while (last >= first && SourcePhrases.isPunctuation(tokens.get(last))) {
            last--;
        }
        if (first > last) {
            return Optional.empty();
        }
        List<Token> words = tokens.subList(first, last + 1);
        boolean verb = words.stream().anyMatch(Token::isVerb);
        boolean reported = words.stream().anyMatch(isCue);
        return verb && !reported ? Optional.of(SourcePhrases.span(tokens, first, last)) : Optional.empty();
    }
}
