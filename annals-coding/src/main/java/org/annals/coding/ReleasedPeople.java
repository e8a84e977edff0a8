package org.annals.coding;

import java.util.List;
import java.util.Set;
import org.annals.core.ActorKind;

/**
 * A release told in the passive without agent ("He was released in 2018") frees people, so the patient must be a
 * person or a group: an organisation named as released is most often a document or product the tagger took for one
 * ("Advisory Number 14, released at 11:00 p.m."), and a participle with an object of its own is a main clause the
 * parser hung on the subject as a reduced relative ("the Task Force released a statement"), not a passive. Told with
 * its agent, a release whose every patient is an organisation is a product or document put out ("Apple released the
 * Software Development Kit", "the studio released the film"): people and groups are freed, companies are not. Applies
 * to rows marked both "agentless" and "actor-object" in verbs.tsv ({@code release}, {@code free}).
 */
final class ReleasedPeople {
    private static final Set<ActorKind> PEOPLE = Set.of(ActorKind.PERSON, ActorKind.GROUP);

    private final Tree tree;
    private final ActorIndex index;

    ReleasedPeople(Tree tree, ActorIndex index) {
        this.tree = tree;
        this.index = index;
    }

    /** Whether a telling of a release names no released people. */
    boolean noPeopleReleased(List<String> specs, boolean agentless, int predicate, List<String> targets) {
        if (!specs.contains(OwnedThings.ACTOR_OBJECT)) {
            return false;
        }
        if (!agentless) {
            return !targets.isEmpty() && targets.stream().allMatch(this::organisation);
        }
        return !tree.children(predicate, "obj").isEmpty() || !targets.stream().allMatch(this::people);
    }

    private boolean organisation(String id) {
        return index.actor(id).map(a -> a.kind() == ActorKind.ORGANISATION).orElse(false);
    }

    private boolean people(String id) {
        return index.actor(id).map(a -> PEOPLE.contains(a.kind())).orElse(false);
    }
}
