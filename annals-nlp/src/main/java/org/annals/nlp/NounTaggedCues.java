package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "scientists report spiky skulls evolved ...", "The Azerbaijanis state they were responding ...": after a plural
 * noun the tagger takes a cue in its base form for a noun and the parse makes the two one noun phrase. A plural noun
 * that names people (by an agent ending or a role, or a people's name) agrees with the base form as its subject, and
 * a noun phrase with a finite verb right after the cue word is the clause it reports, so the word order tells the
 * report. A compound whose plural modifier names no people is no report ("the jobs report analysts expected"), and a
 * singular noun before the base form is no subject of it ("the ministry report they released").
 */
final class NounTaggedCues {
    // A people's name ("the Azerbaijanis"): the tagger's miscellaneous names and nationalities.
    private static final Set<String> PEOPLE_TAGS = Set.of("MISC", "NATIONALITY");

    private NounTaggedCues() {}

    /** Whether {@code token} is a cue word tagged a noun, in its base form, right after a plural speaker. */
    static boolean isCue(Document document, Token token, Predicate<String> isCueWord) {
        List<Token> tokens = document.tokens();
        String word = token.word().toLowerCase(Locale.ROOT);
        if (!token.pos().equals("NN") || !isCueWord.test(word) || token.index() == 0) {
            return false;
        }
        Token before = tokens.get(token.index() - 1);
        return before.isPluralNoun()
                && before.sentence() == token.sentence()
                && namesPeople(before)
                && reporter(document, token).isPresent();
    }

    /** "scientists", "researchers", "Azerbaijanis": people by an agent ending or a role, or a people's name. */
    private static boolean namesPeople(Token plural) {
        return PEOPLE_TAGS.contains(plural.ner()) || PossessedSources.namesAPerson(plural);
    }

    /** The clause after the cue word: a noun phrase and a finite verb, to the sentence's end. */
    static Optional<Span> clause(List<Token> tokens, Token cue) {
        return UnattachedClauses.clauseAfter(tokens, cue);
    }

    /** The plural speaker right before the cue word. */
    static Optional<Mention> reporter(Document document, Token cue) {
        return ShortReporters.mentionOf(document, document.tokens().get(cue.index() - 1));
    }
}
