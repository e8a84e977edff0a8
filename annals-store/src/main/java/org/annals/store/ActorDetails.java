package org.annals.store;

import java.util.List;
import java.util.TreeSet;
import org.annals.core.Actor;

/** An actor row as stored, and how a newer description of the same actor is merged into it. */
record ActorDetails(
        String id,
        String name,
        String kind,
        String country,
        String role,
        String sector,
        List<String> aliases,
        boolean placeholder) {
    ActorDetails {
        name = name == null ? "" : name;
        kind = kind == null ? "" : kind;
        country = country == null ? "" : country;
        role = role == null ? "" : role;
        sector = sector == null ? "" : sector;
        aliases = List.copyOf(new TreeSet<>(aliases));
    }

    static ActorDetails of(Actor actor) {
        return new ActorDetails(
                actor.id(),
                actor.name(),
                actor.kind().name(),
                actor.country(),
                actor.role(),
                actor.sector(),
                actor.aliases(),
                false);
    }

    /** An id used without an actor record: named, but it must never overwrite what a real record said. */
    static ActorDetails placeholder(String id, String name) {
        return new ActorDetails(id, name, "", "", "", "", List.of(), true);
    }

    /**
     * This stored actor updated by {@code newer}: its non-empty details win and aliases accumulate, so that a later
     * document that knows less does not erase what an earlier one said. Placeholders change nothing.
     */
    ActorDetails mergedWith(ActorDetails newer) {
        if (newer.placeholder()) {
            return this;
        }
        TreeSet<String> allAliases = new TreeSet<>(aliases);
        allAliases.addAll(newer.aliases());
        return new ActorDetails(
                id,
                prefer(newer.name(), name),
                prefer(newer.kind(), kind),
                prefer(newer.country(), country),
                prefer(newer.role(), role),
                prefer(newer.sector(), sector),
                List.copyOf(allAliases),
                false);
    }

    private static String prefer(String newer, String older) {
        return newer.isEmpty() ? older : newer;
    }
}
