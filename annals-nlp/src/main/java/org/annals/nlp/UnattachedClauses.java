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
 * The subject may open with a gerund ("said fixing the plant may take a year") and hold set-off asides ("suggested the
 * algae, like warm water, might ...", "reported the virus, the one that causes X, may ..."); a verb of telling reads
 * past its addressee ("told the press his nephew ...", "told Radio X that ...").
 */
final class UnattachedClauses {
    private static final int MAX_SUBJECT_WORDS = 10;
    private static final int MAX_ASIDES = 2;
    private static final int MAX_ASIDE_WORDS = 12;
    // Verbs of telling whose object is the addressee: the clause begins after it ("told reporters [that] ...").
    private static final Set<String> ADDRESSED = Set.of("tell", "inform", "assure");
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
    private static final java.util.Map<String, String> ASIDE_CLOSERS =
            java.util.Map.of(",", ",", "—", "—", "–", "–", "(", ")", "-LRB-", "-RRB-");

    private UnattachedClauses() {}

    /** The clause reported by {@code cue}, when the parse left it without a clausal complement. */
    static Optional<Span> of(List<Token> tokens, Token cue) {
        String lemma = cue.lemma().toLowerCase(Locale.ROOT);
        boolean addressed = ADDRESSED.contains(lemma);
        if (NOT_CLAUSAL.contains(lemma) && !addressed || hasClausalComplement(tokens, cue)) {
            return Optional.empty();
        }
        return clauseAfter(tokens, cue, addressed);
    }

    /**
     * The clause that a noun phrase and a finite verb open right after {@code cue}, whatever the cue's lemma: for a
     * cue word the tagger took for a noun, whose lemma is the noun's.
     */
    static Optional<Span> clauseAfter(List<Token> tokens, Token cue) {
        return clauseAfter(tokens, cue, false);
    }

    private static Optional<Span> clauseAfter(List<Token> tokens, Token cue, boolean addressed) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        int first = addressed ? afterAddressee(tokens, cue, range) : cue.index() + 1;
        if (first < 0) {
            return Optional.empty();
        }
        if (first < range.end() && tokens.get(first).word().equalsIgnoreCase("that")) {
            first++;
        }
        int at = subjectEnd(tokens, first, range);
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
                && tokens.get(verb).isFiniteVerb()
                && (startsSubject(tokens.get(first)) || isGerundSubject(tokens, first))
                && !isObjectWithRelative(tokens, first, at, verb, range);
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

    /**
     * "announced a deal it brokered to normalize relations", "continued to write songs he would mail to Garcia, ...":
     * a noun followed by a subject pronoun and its verb is an object with a relative clause that lacks its "that".
     * It is a clause's subject only where a finite verb follows before the next comma ("said the deal it brokered
     * was fair").
     */
    private static boolean isObjectWithRelative(
            List<Token> tokens, int first, int at, int verb, Speakers.Sentencewise range) {
        Token pronoun = tokens.get(at - 1);
        boolean relative = at - first >= 2
                && pronoun.pos().equals("PRP")
                && SUBJECT_PRONOUNS.contains(pronoun.word().toLowerCase(Locale.ROOT))
                && tokens.get(at - 2).pos().startsWith("NN");
        if (!relative) {
            return false;
        }
        for (int next = verb + 1; next < range.end() && !tokens.get(next).word().equals(","); next++) {
            if (tokens.get(next).isFiniteVerb()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the subject ends: its words, with at most two set-off asides ("the algae, like warm water,", "payments
     * (benefits),"), each closed by the mark that opened it, neither opening with a verb nor followed by "and".
     */
    private static int subjectEnd(List<Token> tokens, int first, Speakers.Sentencewise range) {
        int at = first;
        int words = 0;
        int asides = 0;
        while (at < range.end() && words < MAX_SUBJECT_WORDS) {
            Token token = tokens.get(at);
            boolean word = isSubjectWord(token)
                    || at > first && isParticipleInNounPhrase(tokens, at)
                    || at == first && isGerundSubject(tokens, at)
                    || at > first && isAdverbInNounPhrase(tokens, at);
            int close = at > first && asides < MAX_ASIDES ? asideClose(tokens, at, range) : -1;
            if (word) {
                at++;
                words++;
            } else if (close > 0) {
                at = close + 1;
                asides++;
            } else {
                break;
            }
        }
        return at;
    }

    /** The index of the mark closing an aside opened at {@code open}, or -1. */
    private static int asideClose(List<Token> tokens, int open, Speakers.Sentencewise range) {
        String opener = tokens.get(open).word();
        String closer = ASIDE_CLOSERS.get(opener);
        // "maintains their routine, have breakfast, have lunch": a verb after the comma goes on with a list of
        // predicates, not with an aside of the subject.
        if (closer == null
                || open + 1 >= range.end()
                || tokens.get(open + 1).pos().equals("CC")
                || tokens.get(open + 1).isVerb()) {
            return -1;
        }
        for (int at = open + 1; at < range.end() && at - open <= MAX_ASIDE_WORDS + 1; at++) {
            String word = tokens.get(at).word();
            if (word.equals(closer)) {
                boolean followed =
                        at + 1 < range.end() && !tokens.get(at + 1).pos().equals("CC");
                return at > open + 1 && followed ? at : -1;
            }
            if (CLAUSE_ENDS.contains(word) && !word.equals(opener)
                    || ASIDE_CLOSERS.containsKey(word) && !word.equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The first word after a verb of telling's addressee: after "that" when only the addressee's words come before it
     * ("told Radio X that ..."), else after the addressee the parser marked ("told [the press] his nephew ...").
     */
    private static int afterAddressee(List<Token> tokens, Token cue, Speakers.Sentencewise range) {
        for (int at = cue.index() + 1; at < range.end() && at - cue.index() <= MAX_SUBJECT_WORDS; at++) {
            Token token = tokens.get(at);
            if (token.word().equalsIgnoreCase("that")) {
                return at > cue.index() + 1 ? at + 1 : -1;
            }
            if (!isSubjectWord(token)) {
                break;
            }
        }
        for (int at = cue.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() == cue.index() && token.deprel().equals("iobj")) {
                int end = MisparsedClauses.rightEdge(tokens, token) + 1;
                boolean adjacent = MisparsedClauses.leftEdge(tokens, token) == cue.index() + 1;
                return adjacent && end < range.end() && startsSubject(tokens.get(end)) ? end : -1;
            }
        }
        return -1;
    }

    /** "said [fixing] the plant may take a year": a gerund with its object opening the subject. */
    private static boolean isGerundSubject(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (!token.pos().equals("VBG") || at + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(at + 1);
        return next.sentence() == token.sentence()
                && (next.pos().equals("DT")
                        || next.pos().equals("PRP$")
                        || next.pos().startsWith("NN"));
    }

    /** "the [newly] emerged virus": an adverb between a determiner or adjective and a participle or adjective. */
    private static boolean isAdverbInNounPhrase(List<Token> tokens, int at) {
        if (!tokens.get(at).pos().equals("RB") || at + 1 >= tokens.size()) {
            return false;
        }
        String before = tokens.get(at - 1).pos();
        String after = tokens.get(at + 1).pos();
        return (before.equals("DT") || before.startsWith("JJ") || before.equals("PRP$"))
                && (after.equals("VBN") || after.startsWith("JJ"));
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
        if (before.equals("RB") && at >= 2) {
            before = tokens.get(at - 2).pos(); // "the newly emerged virus"
        }
        boolean participle = pos.equals("VBN") || pos.equals("VBG");
        boolean modifiesAhead = at + 1 < tokens.size()
                && tokens.get(at + 1).pos().startsWith("NN")
                && tokens.get(at + 1).sentence() == tokens.get(at).sentence();
        return participle
                && modifiesAhead
                && (before.equals("DT") || before.startsWith("JJ") || before.equals("PRP$") || before.equals("POS"));
    }

    private static boolean isTrailing(Token token) {
        return token.deprel().equals("punct") || !token.word().codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
