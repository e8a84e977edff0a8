package org.annals.coding;

import java.util.Set;

/**
 * A news or social medium named after "on", "via", "through" or "over" ("posted a message on Twitter", "told the public
 * via Telegram") is the channel the words went through, not who says them: a participle the parser hangs on it, or
 * whose subject it makes the medium with the preposition as the clause's marker ("a message [on Twitter blaming
 * Iran]"), belongs to the clause around it, whose subject posted the words.
 */
final class MediaOfPhrases {
    private static final Set<String> PREPOSITIONS = Set.of("on", "via", "through", "over");
    private static final String MEDIA_SECTOR = "MED";

    private final Tree tree;
    private final ActorIndex index;

    MediaOfPhrases(Tree tree, ActorIndex index) {
        this.tree = tree;
        this.index = index;
    }

    /** Whether the noun is an organisation of the media sector named as the channel of a message. */
    boolean medium(int noun) {
        return PREPOSITIONS.contains(tree.preposition(noun)) && ofTheMedia(noun);
    }

    /**
     * Whether the verb's subject is a medium the parser took for a subject with the preposition before it as the
     * clause's marker: "a message on Twitter blaming Iran" read as a clause "on [Twitter blaming Iran]" modifying the
     * message. A clause of the verb itself ("commented on Twitter banning him") may well tell the service's own act.
     */
    boolean markedSubject(int verb, int subject) {
        return tree.token(verb).deprel().equals("acl")
                && ofTheMedia(subject)
                && tree.children(verb, "mark").stream()
                        .anyMatch(m -> m < subject
                                && PREPOSITIONS.contains(
                                        Tree.lower(tree.token(m).word())));
    }

    private boolean ofTheMedia(int noun) {
        return index.actorAt(tree.token(noun))
                .flatMap(index::actor)
                .map(actor -> actor.sector().equals(MEDIA_SECTOR))
                .orElse(false);
    }
}
