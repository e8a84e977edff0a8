package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Token;
import org.annals.core.WordLists;

/**
 * "According to the town's first selectman, Ana Ruiz, ...", "according to his publicist": the person a source phrase
 * names by a role vouches, not the body or person that holds the role. Only a singular noun that names a person by
 * its ending ("officer", "selectman", "publicist", "historian") or as a listed relation or role ("wife", "attorney",
 * `person-role-nouns.txt`) counts; "according to Ruiz's office", "the ministry's
 * statement", "the agency's figures" and "the ministry's spokesman" still speak for the possessor.
 */
final class PossessedSources {
    // English agent nouns: who does something, not a thing or a body ("officer", "director", "chairman").
    private static final List<String> PERSON_ENDINGS =
            List.of("er", "or", "ist", "man", "woman", "person", "ian", "ant");
    // Agent-shaped words that name things a source keeps or issues ("the ministry's order", "the court's paper").
    private static final String THINGS_FILE = "/org/annals/nlp/agent-shaped-things.txt";
    private static final Set<String> THINGS = WordLists.read(THINGS_FILE);
    // Relations and roles without an agent ending ("his wife", "the family's attorney").
    private static final String ROLES_FILE = "/org/annals/nlp/person-role-nouns.txt";
    private static final Set<String> ROLES = WordLists.read(ROLES_FILE);
    // A spokesperson speaks for the body, named or not ("the ministry's spokesman, Ana Ruiz,"), as elsewhere.
    private static final String SPOKES = "spokes";
    private static final int MAX_POSSESSORS = 3;

    private PossessedSources() {}

    /**
     * The holder of the role that {@code head}, the noun after "according to", names, when the phrase's source as
     * read so far is only the role's possessor; empty otherwise.
     */
    static Optional<Mention> holderOf(Document document, Token head, Mention source) {
        List<Token> tokens = document.tokens();
        if (!isPersonRole(head) || !(possesses(tokens, source, head) || isPossessedRole(tokens, source, head))) {
            return Optional.empty();
        }
        return setOffName(document, head).or(() -> Speakers.mentionOf(document, head)
                .filter(holder -> !holder.span().equals(source.span())));
    }

    /**
     * "According to the town's mayor, Ana Ruiz, the road ...": a person's name set off by commas right after the role
     * is the holder's, also where the parser hangs it on the clause that follows.
     */
    private static Optional<Mention> setOffName(Document document, Token role) {
        List<Token> tokens = document.tokens();
        int comma = role.index() + 1;
        if (comma + 1 >= tokens.size() || !tokens.get(comma).word().equals(",")) {
            return Optional.empty();
        }
        int nameStart = tokens.get(comma + 1).span().start();
        return document.mentions().stream()
                .filter(m -> m.type() == MentionType.PERSON && m.span().start() == nameStart)
                .filter(m -> followedByComma(tokens, m))
                .findFirst();
    }

    private static boolean followedByComma(List<Token> tokens, Mention mention) {
        return Speakers.lastToken(tokens, mention)
                .filter(last -> last.index() + 1 < tokens.size())
                .map(last -> tokens.get(last.index() + 1).word().equals(","))
                .orElse(false);
    }

    private static boolean isPersonRole(Token noun) {
        return noun.pos().equals("NN")
                && !noun.lemma().toLowerCase(Locale.ROOT).startsWith(SPOKES)
                && namesAPerson(noun);
    }

    /** A noun that names a person by its agent ending or its role, not an agent-shaped thing or a document. */
    static boolean namesAPerson(Token noun) {
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        return !THINGS.contains(lemma)
                && !IssuedDocuments.isDocument(noun)
                && (ROLES.contains(lemma) || PERSON_ENDINGS.stream().anyMatch(lemma::endsWith));
    }

    /**
     * "his wife" read as a described actor of its own: the mention is the role itself, and the role has a possessor,
     * so the phrase names a holder in the possessor's circle as the possessor alone would.
     */
    private static boolean isPossessedRole(List<Token> tokens, Mention mention, Token role) {
        boolean theRole = mention.span().contains(role.span());
        return theRole
                && tokens.stream()
                        .anyMatch(t -> t.head() == role.index() && t.deprel().equals("nmod:poss"));
    }

    /** "Acme's", "the UN's agency's": the mention is the role's possessor, directly or through other possessors. */
    private static boolean possesses(List<Token> tokens, Mention mention, Token role) {
        Optional<Token> last = Speakers.lastToken(tokens, mention);
        Token at = last.orElse(null);
        for (int step = 0; at != null && step < MAX_POSSESSORS; step++) {
            if (!at.deprel().equals("nmod:poss") || at.head() < 0) {
                return false;
            }
            if (at.head() == role.index()) {
                return true;
            }
            at = tokens.get(at.head());
        }
        return false;
    }
}
