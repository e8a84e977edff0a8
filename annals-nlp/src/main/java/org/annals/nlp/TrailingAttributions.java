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
 * comma and the cue. A clause with a cue of its own is that cue's report, relayed.
 */
final class TrailingAttributions {
    // "..., newspaper The Hindu reported": a reporter is a short noun phrase.
    private static final int MAX_REPORTER_WORDS = 4;
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
        boolean finite = tokens.subList(first, last + 1).stream()
                .anyMatch(t -> FINITE_TAGS.contains(t.pos()) || t.pos().equals("MD"));
        // "An official said that X, Cyprus Mail reported.": the medium relays a report with its own speaker, which
        // is the quote.
        boolean reportsAgain = tokens.subList(first, last + 1).stream().anyMatch(t -> t.isVerb() && isCue.test(t));
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
        boolean closes = tokens.subList(cue.index() + 1, range.end()).stream()
                .allMatch(t -> t.deprel().equals("punct") && !t.word().equals(","));
        if (!closes) {
            return Optional.empty();
        }
        for (int at = cue.index() - 1; at > range.first() && cue.index() - at <= MAX_REPORTER_WORDS + 1; at--) {
            Token token = tokens.get(at);
            if (token.word().equals(",")) {
                boolean hasNoun = cue.index() - at > 1
                        && tokens.get(cue.index() - 1).pos().matches("NNP?S?|PRP");
                return hasNoun ? Optional.of(at) : Optional.empty();
            }
            if (!REPORTER_TAGS.contains(token.pos())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
