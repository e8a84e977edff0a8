package org.annals.coding;

import java.util.List;
import org.annals.core.ActorKind;
import org.annals.core.Event;

/**
 * "Bolton said he would not vote for Trump or Biden", "why voters should consider voting for the Collins/Parker
 * ticket": a vote for a candidate cast by a person or by unnamed voters is a ballot in an election, which the
 * guidelines do not code (elections as such, docs/event-annotation.md). A vote by a body ("the House voted for Pelosi
 * to serve as Speaker", members read as their legislature) is that body's act and stays. Created per document.
 */
final class ElectionVotes {
    private static final String VOTE_RULE = "verb:vote/";

    private final ActorIndex index;

    ElectionVotes(ActorIndex index) {
        this.index = index;
    }

    /** The events without the ballots of voters. */
    List<Event> without(List<Event> events) {
        return events.stream().filter(event -> !ballot(event)).toList();
    }

    boolean ballot(Event event) {
        return event.rule().startsWith(VOTE_RULE)
                && !event.sourceIds().isEmpty()
                && event.sourceIds().stream().allMatch(this::voter);
    }

    private boolean voter(String id) {
        return index.actor(id)
                .map(actor -> actor.kind() == ActorKind.PERSON || actor.kind() == ActorKind.GROUP)
                .orElse(false);
    }
}
