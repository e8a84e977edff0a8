package org.annals.store;

import java.util.List;

/**
 * One canonical actor with how often it appears: {@code documents} that mention it, {@code mentions} across all
 * documents, and {@code events} in which it is source or target.
 */
public record ActorRow(
        String id,
        String name,
        String kind,
        String country,
        String role,
        String sector,
        List<String> aliases,
        long documents,
        long mentions,
        long events) {
    public ActorRow {
        aliases = List.copyOf(aliases);
    }
}
