package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;
import org.annals.core.WordLists;

/**
 * "Bobulinski held a press conference claiming Biden knew", "the group filed a motion claiming the order is
 * unconstitutional": a restrictive participle cue on a noun that names an act of speaking, a filing or a piece, where
 * that noun is the object of a verb by which its subject makes or spreads it. A conference does not speak
 * ({@link ParticipleReports} reads nouns that do); the one who holds it does, so the verb's subject is the speaker.
 * Where and when the act was made may stand between the noun and the participle ("posted a message on Facebook on
 * Friday announcing he had tested positive"); the parser then hangs the participle elsewhere (on the last noun, or as
 * the marker of the clause), so the noun is read from the words: prepositional phrases only, no comma or verb.
 */
final class ReportingActs {
    private static final String ACT_FILE = "/org/annals/nlp/reporting-acts.txt";
    private static final String VERB_FILE = "/org/annals/nlp/reporting-act-verbs.txt";
    private static final Set<String> OBJECT_RELATIONS = Set.of("obj");
    private static final int MAX_PHRASE_WORDS = 8;
    private static final Set<String> PHRASE_TAGS =
            Set.of("IN", "TO", "DT", "PRP$", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH");

    private final Set<String> acts;
    private final Set<String> verbs;

    ReportingActs() {
        this.acts = WordLists.read(ACT_FILE);
        this.verbs = WordLists.read(VERB_FILE);
    }

    /** The verb whose subject speaks by {@code participle} ("held" in "held a conference claiming"), if any. */
    Optional<Token> makingVerb(List<Token> tokens, Token participle) {
        Optional<Token> noun = ParticipleReports.reportingNoun(tokens, participle)
                .or(() -> actBeforePhrases(tokens, participle))
                .filter(n -> !n.isProperNoun() && acts.contains(n.lemma().toLowerCase(Locale.ROOT)))
                .filter(n -> OBJECT_RELATIONS.contains(n.deprel()) && n.head() >= 0);
        return noun.map(n -> tokens.get(n.head()))
                .filter(v -> v.isVerb() && verbs.contains(v.lemma().toLowerCase(Locale.ROOT)))
                .filter(v -> Speakers.subjectOf(tokens, v).isPresent());
    }

    /**
     * The object before the prepositional phrases right before {@code participle}: "a message [on Facebook] [on
     * Friday] announcing". Each phrase opens with a preposition and holds only noun-phrase words.
     */
    private static Optional<Token> actBeforePhrases(List<Token> tokens, Token participle) {
        if (!participle.pos().equals("VBG")) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, participle);
        int first = Math.max(range.first(), participle.index() - MAX_PHRASE_WORDS - 1);
        for (int at = participle.index() - 1; at > first; at--) {
            Token token = tokens.get(at);
            Token before = tokens.get(at - 1);
            if (token.pos().equals("IN") && before.isNoun() && OBJECT_RELATIONS.contains(before.deprel())) {
                return Optional.of(before);
            }
            if (!PHRASE_TAGS.contains(token.pos())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
