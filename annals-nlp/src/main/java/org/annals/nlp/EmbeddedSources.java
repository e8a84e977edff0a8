package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;

/**
 * "The paper reported officials, after an inquiry, stated it was arson": the parser takes the officials for what was
 * reported and hangs "stated" on "reported" with no subject, so the outlet would be credited with its sources' words.
 * A finite cue without a subject of its own, loosely attached after the object of a verb, is said by that object;
 * a participle ("releasing his files, arguing ...") stays with the clause's subject.
 */
final class EmbeddedSources {
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private EmbeddedSources() {}

    static Optional<Token> of(List<Token> tokens, Token cue, Token governor) {
        boolean loose = cue.deprel().equals("dep") && FINITE.contains(cue.pos());
        if (!loose || !governor.isVerb() || governor.index() > cue.index()) {
            return Optional.empty();
        }
        return tokens.subList(governor.index() + 1, cue.index()).stream()
                .filter(t -> t.head() == governor.index() && t.deprel().equals("obj") && t.isNoun())
                .filter(object -> !possessed(tokens, object))
                .findFirst();
    }

    // "released his files" names a thing of someone's, not who speaks.
    private static boolean possessed(List<Token> tokens, Token noun) {
        return tokens.stream()
                .anyMatch(t -> t.head() == noun.index() && t.deprel().equals("nmod:poss"));
    }
}
