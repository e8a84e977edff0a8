package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;

/**
 * A finite verb whose subject the parser hung on the phrase before it: in "..., died of the virus, the government
 * announced" or "a lawsuit by the union, Judge Ana Ruiz ruled the ban ..." the noun phrase between the comma and the
 * verb is taken for an apposition of the noun before the comma, and the verb is left without a subject. The noun
 * phrase right before such a verb, opened by a comma and holding no preposition, is its subject.
 *
 * <p>The same verb after an opening date without its comma, "On Friday Ford Motor Company announced ...", "On
 * Thursday officials reported ...", gets the whole run as one prepositional phrase: "on" takes the day and the name
 * after it becomes the head of its object. A preposition has one object, and a day or month name is a whole one, so
 * the noun phrase after the date is the verb's subject.
 *
 * <p>An opening participle set off by a comma, "Speaking to Acme News, the head of the union, Ana Ruiz, said ...",
 * "Writing for the court, Justice Ana Ruiz declared ...", is sometimes parsed as a gerund subject of the verb, the
 * true subject hung on the participle's object as an apposition. A gerund subject is never set off by a comma from
 * its verb, so such a participle is no subject: the noun phrase between the comma and the verb is, for the verb and
 * for the participle itself, which shares its clause's subject.
 */
final class DisplacedSubjects {
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> SUBJECT_TAGS = Set.of("NN", "NNS", "NNP", "NNPS");
    // "as the minister said" subordinates the verb; a subject of its own leaves nothing to displace.
    private static final Set<String> SUBJECT_OR_SUBORDINATOR =
            Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl", "mark");

    private DisplacedSubjects() {}

    /** The displaced subject of {@code verb}, or empty when the verb has one of its own or none fits. */
    static Optional<Token> of(List<Token> tokens, Token verb) {
        if (isFrontedParticiple(tokens, verb)) {
            return of(tokens, tokens.get(verb.head()));
        }
        Optional<Token> participle = frontedParticipleSubject(tokens, verb);
        if (!FINITE_TAGS.contains(verb.pos())
                || verb.index() < 2
                || participle.isEmpty() && Heads.hasDependent(tokens, verb, SUBJECT_OR_SUBORDINATOR)) {
            return Optional.empty();
        }
        Token noun = tokens.get(verb.index() - 1);
        if (participle.isPresent() && noun.word().equals(",") && verb.index() >= 3) {
            // "..., the head of the union, Ana Ruiz, said": the comma closes the apposition before the verb.
            noun = tokens.get(verb.index() - 2);
        }
        if (isAfterAnOpeningDate(tokens, noun, verb)) {
            return Optional.of(noun);
        }
        // Not an argument of the verb itself; a root verb still dominates the phrase through its adverbial.
        if (!SUBJECT_TAGS.contains(noun.pos()) || noun.head() < 0 || noun.head() == verb.index()) {
            return Optional.empty();
        }
        int first = verb.index() - 1;
        while (first > 0 && isInPhrase(tokens, tokens.get(first - 1), noun)) {
            first--;
        }
        boolean openedByComma = first > 0
                && tokens.get(first - 1).word().equals(",")
                && tokens.get(first - 1).sentence() == verb.sentence();
        return openedByComma ? Optional.of(noun) : Optional.empty();
    }

    /** The verb's only subject when it is a participle that opens the sentence and a comma sets off. */
    private static Optional<Token> frontedParticipleSubject(List<Token> tokens, Token verb) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, verb);
        List<Token> subjects = tokens.subList(range.first(), range.end()).stream()
                .filter(t -> t.head() == verb.index() && SUBJECT_OR_SUBORDINATOR.contains(t.deprel()))
                .toList();
        return subjects.size() == 1 && isFrontedParticiple(tokens, subjects.get(0))
                ? Optional.of(subjects.get(0))
                : Optional.empty();
    }

    /**
     * "[Speaking] nsubj to Acme News, Ana Ruiz said": a participle without determiner or possessor that opens its
     * sentence, taken for the subject of a later verb with a comma between them.
     */
    private static boolean isFrontedParticiple(List<Token> tokens, Token participle) {
        if (!participle.pos().equals("VBG")
                || !participle.deprel().equals("nsubj")
                || participle.head() <= participle.index()
                || participle.index()
                        != Speakers.Sentencewise.of(tokens, participle).first()
                || Heads.hasDependent(tokens, participle, Set.of("det", "nmod:poss"))) {
            return false;
        }
        return tokens.subList(participle.index() + 1, participle.head()).stream()
                .anyMatch(t -> t.word().equals(","));
    }

    /**
     * "[On Friday Ford Motor Company] obl announced": an adverbial of the verb that opens the sentence with "on", a
     * day or month name and at once, without a comma, a noun phrase that is no date.
     */
    private static boolean isAfterAnOpeningDate(List<Token> tokens, Token noun, Token verb) {
        if (noun.head() != verb.index() || !noun.deprel().startsWith("obl") || !SUBJECT_TAGS.contains(noun.pos())) {
            return false;
        }
        int first = Speakers.Sentencewise.of(tokens, verb).first();
        if (noun.index() < first + 2
                || !tokens.get(first).word().equalsIgnoreCase("on")
                || tokens.get(first).head() != noun.index()) {
            return false;
        }
        int at = first + 1;
        while (at < noun.index() && isDateWord(tokens.get(at))) {
            at++;
        }
        if (at == first + 1 || isDateWord(noun)) {
            return false;
        }
        for (int rest = at; rest < noun.index(); rest++) {
            Token token = tokens.get(rest);
            if (token.head() != noun.index() && !Heads.dominates(tokens, noun, token)
                    || token.deprel().equals("case")
                    || token.word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDateWord(Token token) {
        return CalendarNames.isDayOrMonth(token.word())
                || token.pos().equals("CD") && token.ner().equals("DATE");
    }

    /** A determiner, modifier or name part of the phrase headed by {@code noun}; a preposition ends it. */
    private static boolean isInPhrase(List<Token> tokens, Token token, Token noun) {
        return token.sentence() == noun.sentence()
                && !token.deprel().equals("case")
                && !token.deprel().equals("punct")
                && Heads.dominates(tokens, noun, token);
    }
}
