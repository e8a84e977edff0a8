package org.annals.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One role an actor was seen in: a distinct (role, country, organisation) with the most common sector given with
 * it, the first and last publication dates of the documents that say so (null when none is dated), how many
 * documents say so, and the earliest pieces of evidence. {@code organisationId} is empty when no organisation was
 * named beside the title; {@code organisationName} is then empty too.
 */
public record ActorRole(
        String role,
        String country,
        String sector,
        String organisationId,
        String organisationName,
        LocalDate firstSeen,
        LocalDate lastSeen,
        long documents,
        List<RoleEvidence> evidence) {
    public ActorRole {
        evidence = List.copyOf(evidence);
    }
}
