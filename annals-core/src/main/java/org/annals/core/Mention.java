package org.annals.core;

import java.util.Objects;

/**
 * A stretch of text that refers to something. {@code actorId} is the canonical {@link Actor#id()} it was resolved
 * to, or empty when unresolved; {@code role} says how the text uses it (for example "government" when a capital
 * stands for its government), empty when literal.
 */
public record Mention(Span span, String text, MentionType type, String actorId, String role) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        text = text == null ? "" : text;
        actorId = actorId == null ? "" : actorId;
        role = role == null ? "" : role;
    }

    public boolean isResolved() {
        return !actorId.isEmpty();
    }

    public Mention withActor(String newActorId, String newRole) {
        return new Mention(span, text, type, newActorId, newRole);
    }
}
