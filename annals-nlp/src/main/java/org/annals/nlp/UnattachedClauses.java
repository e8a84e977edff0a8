package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * Reported speech the parser did not attach as a clause: in "Nadler maintained an inquiry is what the committee does"
 * or "Schumer commented the president's tweets are likely ..." parsers often take the clause's subject for the cue's
 * object and hang the rest elsewhere. Read from the words instead: a cue followed at once by a noun phrase and a
 * finite verb reports the clause that starts there and runs to the end of the sentence (or a semicolon or dash).
 */
final class UnattachedClauses {
    private static final int MAX_SUBJECT_WORDS = 10;
    private static final int MAX_ADVERBS = 2;
    private static final Set<String> PAIRED_CONJUNCTIONS = Set.of("both", "either", "neither");

    // Cues whose object is an addressee or a thing characterised, never the subject of a clause.
    private static final Set<String> NOT_CLAUSAL = Set.of(
            "call",
            "describe",
            "refer",
            "attack",
            "criticize",
            "criticise",
            "label",
            "brand",
            "dismiss",
            "praise",
            "condemn",
            "characterize",
            "characterise",
            "denounce",
            "accuse",
            "urge",
            "ask",
            "encourage",
            "advise",
            "tell",
            "inform",
            "assure",
            "answer",
            "reply",
            "respond",
            "repeat",
            "reiterate",
            "post",
            "deny",
            "admit",
            "highlight",
            "underline",
            "underscore",
            "recall",
            "state");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "he", "she", "it", "they", "you", "there");
    private static final Set<String> CLAUSE_ENDS = Set.of(";", "—", "–", ":");

    private UnattachedClauses() {}

    /** The clause reported by {@code cue}, when the parse left it without a clausal complement. */
    static Optional<Span> of(List<Token> tokens, Token cue) {
        if (NOT_CLAUSAL.contains(cue.lemma().toLowerCase(Locale.ROOT)) || hasClausalComplement(tokens, cue)) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        int first = cue.index() + 1;
        if (first < range.end() && tokens.get(first).word().equalsIgnoreCase("that")) {
            first++;
        }
        int at = first;
        while (at < range.end()
                && at - first < MAX_SUBJECT_WORDS
                && (isSubjectWord(tokens.get(at)) || at > first && isParticipleInNounPhrase(tokens, at))) {
            at++;
        }
        int verb = at;
        while (verb < range.end()
                && verb - at < MAX_ADVERBS
                && tokens.get(verb).pos().equals("RB")) {
            verb++; // "claimed Ana Ruiz only won ...", "said the ministry also plans ..."
        }
        // "announced his death and announced its cause": a verb right after "and" is the cue's second conjunct.
        boolean coordinated = tokens.get(at - 1).pos().equals("CC");
        boolean clause = at > first
                && !coordinated
                && verb < range.end()
                && isFinite(tokens.get(verb))
                && startsSubject(tokens.get(first));
        if (!clause) {
            return Optional.empty();
        }
        int last = at;
        while (last + 1 < range.end()
                && !CLAUSE_ENDS.contains(tokens.get(last + 1).word())) {
            last++;
        }
        while (last > at && isTrailing(tokens.get(last))) {
            last--;
        }
        return Optional.of(new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end()));
    }

    private static boolean hasClausalComplement(List<Token> tokens, Token cue) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        for (int at = range.first(); at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() == cue.index()
                    && (token.deprel().equals("ccomp") || token.deprel().equals("xcomp"))) {
                return true;
            }
        }
        return false;
    }

    /** A word that can open a subject: not an object pronoun ("warned them"), not a preposition ("said on"). */
    private static boolean startsSubject(Token token) {
        String pos = token.pos();
        if (pos.equals("CC")) {
            return PAIRED_CONJUNCTIONS.contains(token.word().toLowerCase(Locale.ROOT)); // "both exports and ..."
        }
        if (pos.equals("PRP") || pos.equals("EX")) {
            return SUBJECT_PRONOUNS.contains(token.word().toLowerCase(Locale.ROOT));
        }
        return pos.equals("DT")
                || pos.startsWith("NN")
                || pos.startsWith("JJ")
                || pos.equals("PRP$")
                || pos.equals("CD");
    }

    private static boolean isSubjectWord(Token token) {
        String pos = token.pos();
        return pos.startsWith("NN")
                || pos.startsWith("JJ")
                || pos.equals("DT")
                || pos.equals("PDT")
                || pos.equals("PRP")
                || pos.equals("PRP$")
                || pos.equals("POS")
                || pos.equals("CD")
                || pos.equals("EX")
                || pos.equals("HYPH")
                || pos.equals("CC")
                || (pos.equals("IN") && token.word().equalsIgnoreCase("of"));
    }

    /** "warned the delayed process could ...": a participle between a determiner or adjective and its noun. */
    private static boolean isParticipleInNounPhrase(List<Token> tokens, int at) {
        String pos = tokens.get(at).pos();
        String before = tokens.get(at - 1).pos();
        boolean participle = pos.equals("VBN") || pos.equals("VBG");
        boolean modifiesAhead = at + 1 < tokens.size()
                && tokens.get(at + 1).pos().startsWith("NN")
                && tokens.get(at + 1).sentence() == tokens.get(at).sentence();
        return participle
                && modifiesAhead
                && (before.equals("DT") || before.startsWith("JJ") || before.equals("PRP$") || before.equals("POS"));
    }

    private static boolean isFinite(Token token) {
        String pos = token.pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    private static boolean isTrailing(Token token) {
        return token.deprel().equals("punct") || !token.word().codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
