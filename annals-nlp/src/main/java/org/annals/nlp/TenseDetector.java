package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;

/**
 * Decides whether the clause around a time expression points to the past or the future of publication: first from
 * forward-looking cue words ("will", "scheduled", "expected", "due", "set to", "plans"), then from the tense of the
 * governing verb, found through the dependency tree when there is one and by proximity otherwise.
 */
final class TenseDetector {
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> FUTURE_LEMMAS =
            Set.of("schedule", "expect", "plan", "due", "set", "upcoming", "slate");
    private static final Set<String> PAST_AUXILIARIES = Set.of("had", "was", "were", "did", "has", "have");
    private static final Set<String> OPEN_CLAUSES = Set.of("xcomp", "advcl", "acl", "ccomp");
    private static final int WINDOW = 6;
    private static final int NEAR_WINDOW = 3;
    private static final int MAX_CLIMB = 4;

    private TenseDetector() {}

    /**
     * @param tokens the document's tokens (doc-wide indices)
     * @param sentence the sentence's tokens
     * @param first the first token of the time expression, as an index into {@code sentence}
     */
    static Tense tenseOf(List<Token> tokens, List<Token> sentence, int first, boolean useDependencies) {
        // "scheduled for Wednesday", "due on Friday": a cue right before the expression wins over any parse.
        if (cueBefore(sentence, first, NEAR_WINDOW)) {
            return Tense.FUTURE;
        }
        Optional<Token> verb =
                useDependencies ? governingVerb(tokens, sentence, sentence.get(first)) : Optional.empty();
        if (verb.isEmpty()) {
            verb = nearestVerb(sentence, first);
            if (cueBefore(sentence, first, WINDOW)) {
                return Tense.FUTURE;
            }
        }
        return verb.map(v -> tenseOfVerb(tokens, sentence, v)).orElse(Tense.PRESENT);
    }

    /**
     * The first verb above the expression, or the first predicate with its own auxiliary or copula: in "which will be
     * available on June 17" the adjective heads the clause and carries "will".
     */
    private static Optional<Token> governingVerb(List<Token> tokens, List<Token> sentence, Token start) {
        Token current = start;
        for (int step = 0; step < MAX_CLIMB && current.head() >= 0 && current.head() < tokens.size(); step++) {
            current = tokens.get(current.head());
            if (current.isVerb()
                    || FUTURE_LEMMAS.contains(current.lemma())
                    || !auxiliaryChild(sentence, current).isEmpty()) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    private static Optional<Token> nearestVerb(List<Token> sentence, int first) {
        for (int distance = 1; distance < sentence.size(); distance++) {
            for (int at : new int[] {first - distance, first + distance}) {
                if (at >= 0 && at < sentence.size() && sentence.get(at).isVerb()) {
                    return Optional.of(sentence.get(at));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean cueBefore(List<Token> sentence, int first, int window) {
        for (int at = Math.max(0, first - window); at < first; at++) {
            String word = sentence.get(at).word().toLowerCase(Locale.ROOT);
            if (FUTURE_AUXILIARIES.contains(word) || isFutureLemma(sentence, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A forward-looking word at {@code at}. "Set" points ahead only as "set to"/"set for" outside the past tense: "was
     * set up", "the record was set" and "set off" report what happened.
     */
    private static boolean isFutureLemma(List<Token> sentence, int at) {
        String lemma = lemma(sentence.get(at));
        if (!FUTURE_LEMMAS.contains(lemma)) {
            return false;
        }
        if (!lemma.equals("set")) {
            return true;
        }
        String next = at + 1 < sentence.size() ? sentence.get(at + 1).word().toLowerCase(Locale.ROOT) : "";
        return (next.equals("to") || next.equals("for")) && !afterPastAuxiliary(sentence, at);
    }

    private static boolean afterPastAuxiliary(List<Token> sentence, int at) {
        int before = at - 1;
        while (before >= 0 && sentence.get(before).pos().startsWith("RB")) {
            before--;
        }
        return before >= 0
                && PAST_AUXILIARIES.contains(sentence.get(before).word().toLowerCase(Locale.ROOT));
    }

    private static boolean isFutureLemma(List<Token> tokens, List<Token> sentence, Token token) {
        int at = token.index() - sentence.get(0).index();
        if (at >= 0 && at < sentence.size() && sentence.get(at).index() == token.index()) {
            return isFutureLemma(sentence, at);
        }
        return FUTURE_LEMMAS.contains(lemma(token)) && !lemma(token).equals("set");
    }

    private static Tense tenseOfVerb(List<Token> tokens, List<Token> sentence, Token verb) {
        if (isFutureLemma(tokens, sentence, verb)) {
            return Tense.FUTURE;
        }
        // "expected to attend on Friday": the verb that governs the infinitive carries the cue.
        if (verb.head() >= 0
                && verb.head() < tokens.size()
                && OPEN_CLAUSES.contains(verb.deprel())
                && isFutureLemma(tokens, sentence, tokens.get(verb.head()))) {
            return Tense.FUTURE;
        }
        String auxiliary = auxiliaryOf(sentence, verb);
        if (FUTURE_AUXILIARIES.contains(auxiliary)) {
            return Tense.FUTURE;
        }
        // A participle with no auxiliary at all is a reduced relative ("the recorder recovered in November").
        boolean bareParticiple = verb.pos().equals("VBN") && auxiliary.isEmpty();
        if (verb.pos().equals("VBD") || bareParticiple || PAST_AUXILIARIES.contains(auxiliary)) {
            return Tense.PAST;
        }
        return Tense.PRESENT;
    }

    /**
     * The auxiliary (or, for a nominal or adjectival predicate, the copula) attached to the verb by the parse, else the
     * word just before it if that is a modal.
     */
    private static String auxiliaryOf(List<Token> sentence, Token verb) {
        String child = auxiliaryChild(sentence, verb);
        if (!child.isEmpty()) {
            return child;
        }
        int position = sentence.indexOf(verb);
        if (position > 0 && sentence.get(position - 1).pos().equals("MD")) {
            return sentence.get(position - 1).word().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    private static String auxiliaryChild(List<Token> sentence, Token head) {
        for (Token token : sentence) {
            if (token.head() == head.index()
                    && (token.deprel().startsWith("aux") || token.deprel().equals("cop"))) {
                return token.word().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static String lemma(Token token) {
        return (token.lemma().isEmpty() ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
    }
}
