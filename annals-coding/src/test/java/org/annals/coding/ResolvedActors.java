package org.annals.coding;

import org.annals.core.Actor;
import org.annals.core.Document;
import org.annals.core.Mention;

/** Looks up what the actor stage resolved in a test document: by a mention's text, or by actor id. */
final class ResolvedActors {
    private ResolvedActors() {}

    /** The actor id of the first mention written exactly {@code text}, or "" when there is none. */
    static String actorOf(Document document, String text) {
        return document.mentions().stream()
                .filter(m -> m.text().equals(text))
                .map(Mention::actorId)
                .findFirst()
                .orElse("");
    }

    static Actor actor(Document document, String id) {
        return document.actors().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + id + " in " + document.actors()));
    }
}
