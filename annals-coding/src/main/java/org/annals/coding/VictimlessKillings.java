package org.annals.coding;

import java.util.List;
import org.annals.core.Event;

/**
 * "the people who kill and eat animals", "went on a stabbing spree, killing four", "likes dropping bombs on people,
 * and killing them": "kill" with an object that no actor stands for (an animal, a bare number, a pronoun left
 * unresolved) gives an assault with no target, and no labelled set matched one at type+source+target. Such an event
 * is dropped once every route has run, so a role noun can still be read through it first ("the attacker" as the
 * one who killed). "Kill" alone, since its object is always the victim; "attack" or "bomb" with no actor target is
 * an attack on a place or a thing, which the guidelines code. Created per document.
 */
final class VictimlessKillings {
    private static final String KILL_RULE = "verb:kill/";

    /** The events without killings of no actor. */
    List<Event> without(List<Event> events) {
        return events.stream().filter(event -> !victimless(event)).toList();
    }

    static boolean victimless(Event event) {
        return event.rule().startsWith(KILL_RULE) && event.targetIds().isEmpty();
    }
}
