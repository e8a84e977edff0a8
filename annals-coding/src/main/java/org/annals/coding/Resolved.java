package org.annals.coding;

import org.annals.core.MentionType;

/** A mention resolved while one document is processed: tokens {@code [first, last]} and the actor they name. */
record Resolved(int first, int last, MentionType type, String actorId, String role) {
    boolean covers(int index) {
        return first <= index && index <= last;
    }
}
