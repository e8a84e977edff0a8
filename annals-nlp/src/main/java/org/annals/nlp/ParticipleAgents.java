package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import org.annals.core.Token;

/**
 * "a pattern described by the Harbour Gazette as "...": a past participle hung on a noun is a passive without an
 * auxiliary, and its "by" phrase names who spoke. Without a "by" phrase it says nothing about the speaker.
 */
final class ParticipleAgents {
    private ParticipleAgents() {}

    /** The agent of a reduced passive relative, if {@code verb} is one and names it. */
    static Optional<Token> of(List<Token> tokens, Token verb) {
        if (!verb.pos().equals("VBN") || !verb.deprel().equals("acl")) {
            return Optional.empty();
        }
        return Speakers.agentOf(tokens, verb);
    }
}
