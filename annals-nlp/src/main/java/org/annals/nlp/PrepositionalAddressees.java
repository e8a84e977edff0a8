package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;
import org.annals.core.WordLists;

/**
 * "The union called on the government to raise wages", "called for the mayor to resign": the parser often makes the
 * preposition the infinitive's marker and the addressee the infinitive's subject, so the infinitive hangs on the cue
 * as an adverbial clause. After "on" the clause is always what the addressee is asked to do. After "for" it is when
 * the subject names someone definite ("for the government to act", "for its members to vote"); "called for G7 action
 * to correct the imbalance" asks for an action, whose infinitive says what the action is for. A subject that names a
 * time or a means ("called for the first time to congratulate her", "called on the phone to offer condolences") is
 * the parser's misreading of an adverbial, not an addressee ({@code non-addressee-nouns.txt}).
 */
final class PrepositionalAddressees {
    private static final Set<String> ON = Set.of("on", "upon");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> TEMPORAL_TAGS = Set.of("DATE", "TIME", "DURATION");
    private static final Set<String> NON_ADDRESSEES = WordLists.read("/org/annals/nlp/non-addressee-nouns.txt");

    private PrepositionalAddressees() {}

    /** Whether {@code verb} is an infinitive the parser hung on the cue with "on X" or "for the X" as its opening. */
    static boolean isAddressedClause(List<Token> tokens, Token verb) {
        if (!verb.deprel().equals("advcl")) {
            return false;
        }
        Optional<Token> marker = child(tokens, verb, "mark").filter(PrepositionalAddressees::opens);
        Optional<Token> subject = child(tokens, verb, "nsubj").or(() -> child(tokens, verb, "nsubj:pass"));
        if (marker.isEmpty()
                || subject.isEmpty()
                || marker.get().index() > subject.get().index()
                || isTimeOrMeans(subject.get())) {
            return false;
        }
        return ON.contains(lower(marker.get())) || isDefinite(tokens, subject.get());
    }

    /** Whether the word opens an addressed clause ("on", "upon", "for"): it belongs to the cue, not to the content. */
    static boolean opens(Token token) {
        return ON.contains(lower(token)) || lower(token).equals("for");
    }

    private static boolean isTimeOrMeans(Token subject) {
        return TEMPORAL_TAGS.contains(subject.ner())
                || NON_ADDRESSEES.contains(subject.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean isDefinite(List<Token> tokens, Token subject) {
        return tokens.stream()
                .anyMatch(t -> t.head() == subject.index()
                        && (t.deprel().equals("nmod:poss") || t.deprel().equals("det") && DEFINITE.contains(lower(t))));
    }

    private static Optional<Token> child(List<Token> tokens, Token head, String deprel) {
        return tokens.stream()
                .filter(t -> t.head() == head.index()
                        && t.sentence() == head.sentence()
                        && t.deprel().equals(deprel))
                .findFirst();
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
    }
}
