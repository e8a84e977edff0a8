package org.annals.nlp;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "Activities include yoga and trekking, newspaper The Hindu reported.": an attribution that closes its sentence
 * after a comma, read from the word order where the parse lost it (the reporter hung on the clause as an apposition,
 * the cue as a dependent of a noun). The report is the clause before the comma, the reporter the words between the
 * comma and the cue. A clause with a cue of its own is that cue's report, relayed. A name counts as one word of the
 * reporter, and its short form in brackets as none ("..., Johns Hopkins University (JHU) data indicated."); a time
 * may follow the cue ("..., the league announced yesterday."), since it says when the report was made.
 */
final class TrailingAttributions {
    // "..., newspaper The Hindu reported": a reporter is a short noun phrase.
    private static final int MAX_REPORTER_WORDS = 4;
    private static final int MAX_BRACKETED_WORDS = 3;
    private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION");
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> REPORTER_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "POS");
    private static final Set<MentionType> SPEAKING_TYPES =
            Set.of(MentionType.PERSON, MentionType.ORGANISATION, MentionType.DESCRIPTION, MentionType.MISC);

    private TrailingAttributions() {}

    /** The clause before ", REPORTER cue." when {@code cue} closes its sentence so; empty otherwise. */
    static Optional<Span> clause(List<Token> tokens, Token cue, Predicate<Token> isCue) {
        Optional<Integer> comma = openingComma(tokens, cue);
        if (comma.isEmpty()) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        int first = range.first();
        int last = comma.get() - 1;
        while (first < last && tokens.get(first).deprel().equals("punct")) {
            first++;
        }
        while (last > first && tokens.get(last).deprel().equals("punct")) {
            last--;
        }
        // "In a press release on Monday, the ministry said.": a phrase without a finite verb reports nothing.
        boolean finite = tokens.subList(first, last + 1).stream().anyMatch(Token::isFiniteVerb);
        // "An official said that X, Cyprus Mail reported.": the medium relays a report with its own speaker, which
        // is the quote. A participle that modifies a noun ("confirmed cases") reports nothing.
        boolean reportsAgain = tokens.subList(first, last + 1).stream()
                .anyMatch(t -> t.isVerb() && isCue.test(t) && !t.deprel().equals("amod"));
        if (!finite || reportsAgain) {
            return Optional.empty();
        }
        return Optional.of(new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end()));
    }

    /** Who the trailing attribution names: a mention between the comma and the cue, else the phrase's head noun. */
    static Optional<Mention> reporter(Document document, Token cue) {
        List<Token> tokens = document.tokens();
        Optional<Integer> comma = openingComma(tokens, cue);
        if (comma.isEmpty()) {
            return Optional.empty();
        }
        Span words = new Span(
                tokens.get(comma.get() + 1).span().start(),
                tokens.get(cue.index() - 1).span().end());
        Optional<Mention> named = document.mentions().stream()
                .filter(m -> words.contains(m.span()) && SPEAKING_TYPES.contains(m.type()))
                .min(Comparator.comparing((Mention m) -> m.type() == MentionType.MISC ? 1 : 0));
        return named.or(() -> DescribedSpeakers.of(document, tokens.get(cue.index() - 1)));
    }

    /** The comma that opens ", REPORTER cue." closing the sentence, with a reporter of nouns only. */
    private static Optional<Integer> openingComma(List<Token> tokens, Token cue) {
        if (!FINITE_TAGS.contains(cue.pos()) || cue.index() < 2) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        if (!closesSentence(tokens, cue, range)) {
            return Optional.empty();
        }
        int words = 0;
        Token last = null;
        for (int at = cue.index() - 1; at > range.first(); at--) {
            Token token = tokens.get(at);
            if (token.pos().equals("-RRB-")) {
                at = bracketOpening(tokens, at, range);
                if (at < 0) {
                    return Optional.empty();
                }
                continue;
            }
            if (token.word().equals(",")) {
                boolean hasNoun = last != null && last.pos().matches("NNP?S?|PRP");
                return hasNoun ? Optional.of(at) : Optional.empty();
            }
            if (!isReporterWord(tokens, token) || ++words > MAX_REPORTER_WORDS) {
                return Optional.empty();
            }
            if (last == null) {
                last = token;
            }
            at = firstOfName(tokens, at, range);
        }
        return Optional.empty();
    }

    /** Only closing punctuation after the cue, or a time hung on it first ("announced yesterday", "said on Monday"). */
    private static boolean closesSentence(List<Token> tokens, Token cue, Speakers.Sentencewise range) {
        for (Token token : tokens.subList(cue.index() + 1, range.end())) {
            boolean closing = token.deprel().equals("punct") && !token.word().equals(",");
            boolean time = Heads.isAbove(tokens, cue, token)
                    && (DescribedSpeakers.namesATime(token) || token.pos().equals("IN") && isTimeCase(tokens, token));
            if (!closing && !time) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTimeCase(List<Token> tokens, Token preposition) {
        return preposition.deprel().equals("case")
                && preposition.head() >= 0
                && DescribedSpeakers.namesATime(tokens.get(preposition.head()));
    }

    /** The opening bracket of a short bracketed form ending at {@code close}, or -1. */
    private static int bracketOpening(List<Token> tokens, int close, Speakers.Sentencewise range) {
        for (int at = close - 1; at > range.first() && close - at <= MAX_BRACKETED_WORDS + 1; at--) {
            if (tokens.get(at).pos().equals("-LRB-")) {
                return at < close - 1 ? at : -1;
            }
            if (!tokens.get(at).pos().startsWith("NN")) {
                return -1;
            }
        }
        return -1;
    }

    /** The first index of the name {@code at} ends, or {@code at} itself when it is no part of a name. */
    private static int firstOfName(List<Token> tokens, int at, Speakers.Sentencewise range) {
        String type = tokens.get(at).ner();
        if (!NAME_TYPES.contains(type)) {
            return at;
        }
        int first = at;
        while (first - 1 > range.first() && tokens.get(first - 1).ner().equals(type)) {
            first--;
        }
        return first;
    }

    /** "wrestling promotion X": a gerund right before a noun modifies it. */
    private static boolean isReporterWord(List<Token> tokens, Token token) {
        boolean gerundModifier = token.pos().equals("VBG")
                && token.index() + 1 < tokens.size()
                && tokens.get(token.index() + 1).pos().startsWith("NN");
        return REPORTER_TAGS.contains(token.pos()) || gerundModifier;
    }
}
