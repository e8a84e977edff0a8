package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Span;
import org.annals.core.Token;
import org.annals.core.WordLists;

/**
 * "She was directing the committees to "press on with their inquiries"", "Ruiz wants the deal to end the town's
 * "backwater" image": a lower-case fragment in marks that no cue introduces, inside what a person does or wants, is
 * that person's word (a partial quote), not a term nobody says. Titles, names and nicknames are capitalised ("read
 * "War and Peace""), named as words ("the "bulldozer" nickname") or given as another name ("a walk in space, or
 * "spacewalk""); a description of the person ("Ruiz is a "rising
 * star"", "was hailed as a "hero"") is somebody else's word, so copulas and passives attribute nothing. An
 * organisation's fragment counts only in what it says or judges ("declared the outbreak a "public health
 * emergency"", verdict-verbs.txt).
 */
final class SpokenFragments {
    private static final int MAX_CLIMB = 4;
    private static final Set<String> PASSIVE_OR_COPULA = Set.of("nsubj:pass", "aux:pass", "cop");
    private static final Set<String> COPULA = Set.of("cop");
    private static final Set<String> VERDICTS = WordLists.read("/org/annals/nlp/verdict-verbs.txt");

    private SpokenFragments() {}

    /** The person whose words the marked fragment {@code inside} {@code span} are, if any. */
    static Optional<Mention> speakerOf(Document document, Span span, List<Token> inside, Predicate<Token> isCue) {
        if (!isLowerCase(inside) || isOtherName(document.tokens(), inside.get(0))) {
            return Optional.empty();
        }
        List<Token> tokens = document.tokens();
        Optional<Token> verb = actingVerb(tokens, span, attachment(tokens, span, inside));
        while (verb.isPresent()) {
            Token acting = verb.get();
            Optional<Mention> person = Speakers.subjectOf(tokens, acting)
                    .filter(s -> !span.contains(s.span()))
                    .flatMap(s -> PreviousSpeakers.of(document, s, isCue).or(() -> Speakers.mentionOf(document, s)))
                    .filter(m -> m.type() == MentionType.PERSON
                            || describesPerson(document, m)
                            || givesVerdict(tokens, span, inside, m, acting, isCue));
            if (person.isPresent() || !verb.get().deprel().equals("xcomp")) {
                return person;
            }
            // "Ruiz wants the deal to end the "backwater" image": the object controls the infinitive, but the
            // fragment is the wish of whoever wants.
            verb = actingVerb(tokens, span, Optional.of(tokens.get(verb.get().head())));
        }
        return Optional.empty();
    }

    // "the department declared the outbreak a "public health emergency"": an organisation's fragment is its words
    // where it speaks or passes a verdict, and the fragment is what it says of its object rather than the object
    // itself: "declared a "no limits" partnership" names a thing, and what a firm makes or does ("launched its "smart"
    // speaker") is no quote.
    private static boolean givesVerdict(
            List<Token> tokens, Span span, List<Token> inside, Mention mention, Token verb, Predicate<Token> isCue) {
        return mention.type() == MentionType.ORGANISATION
                && (isCue.test(verb) || VERDICTS.contains(verb.lemma().toLowerCase(Locale.ROOT)))
                && !branchUnder(tokens, span, inside, verb)
                        .map(t -> t.deprel().equals("obj"))
                        .orElse(true);
    }

    /** The dependent of {@code verb} whose subtree holds the fragment. */
    private static Optional<Token> branchUnder(List<Token> tokens, Span span, List<Token> inside, Token verb) {
        Optional<Token> current = inside.stream()
                .filter(t ->
                        t.head() >= 0 && !span.contains(tokens.get(t.head()).span()))
                .findFirst();
        for (int step = 0; step <= MAX_CLIMB && current.isPresent(); step++) {
            Token token = current.get();
            if (token.head() == verb.index()) {
                return current;
            }
            current = token.head() < 0 ? Optional.empty() : Optional.of(tokens.get(token.head()));
        }
        return Optional.empty();
    }

    // "the Prime Minister apologised for "having an idiot as minister"": a description the actors stage resolved to a
    // person is that person.
    private static boolean describesPerson(Document document, Mention mention) {
        return mention.type() == MentionType.DESCRIPTION
                && document.actors().stream()
                        .anyMatch(a -> a.id().equals(mention.actorId()) && a.kind() == ActorKind.PERSON);
    }

    /** Every word of the fragment starts in lower case: no name, title or nickname. */
    private static boolean isLowerCase(List<Token> inside) {
        return inside.stream()
                .map(Token::word)
                .filter(w -> w.codePoints().anyMatch(Character::isLetter))
                .allMatch(w -> Character.isLowerCase(w.codePointAt(0)));
    }

    /** "an extravehicular activity, or “spacewalk”": the other name of a thing, a term nobody is quoted saying. */
    private static boolean isOtherName(List<Token> tokens, Token first) {
        for (int at = first.index() - 1; at >= 0 && tokens.get(at).sentence() == first.sentence(); at--) {
            Token before = tokens.get(at);
            if (!before.deprel().equals("punct")) {
                return before.word().equalsIgnoreCase("or");
            }
        }
        return false;
    }

    /** The nearest verb at or above {@code from}, in its sentence, that acts rather than describes its subject. */
    private static Optional<Token> actingVerb(List<Token> tokens, Span span, Optional<Token> from) {
        Optional<Token> current = from;
        for (int step = 0; step < MAX_CLIMB && current.isPresent(); step++) {
            Token token = current.get();
            if (span.contains(token.span())) {
                return Optional.empty();
            }
            if (token.isVerb()) {
                return isPassiveOrCopula(tokens, token) ? Optional.empty() : Optional.of(token);
            }
            if (hasCopula(tokens, token) || MentionedWords.namesWords(token)) {
                return Optional.empty();
            }
            current = token.head() < 0 ? Optional.empty() : Optional.of(tokens.get(token.head()));
        }
        return Optional.empty();
    }

    private static Optional<Token> attachment(List<Token> tokens, Span span, List<Token> inside) {
        return inside.stream()
                .filter(t ->
                        t.head() >= 0 && !span.contains(tokens.get(t.head()).span()))
                .findFirst()
                .map(t -> tokens.get(t.head()));
    }

    private static boolean isPassiveOrCopula(List<Token> tokens, Token verb) {
        return verb.lemma().toLowerCase(Locale.ROOT).equals("be")
                || Heads.hasDependent(tokens, verb, PASSIVE_OR_COPULA);
    }

    private static boolean hasCopula(List<Token> tokens, Token word) {
        return Heads.hasDependent(tokens, word, COPULA);
    }
}
