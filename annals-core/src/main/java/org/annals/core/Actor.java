package org.annals.core;

import java.util.List;
import java.util.Objects;

/**
 * A canonical identity. {@code id} is stable across documents (for example {@code CHN}, {@code CHN.GOV},
 * {@code IGO.SCO}, {@code person:vladimir-putin}); {@code country} is an ISO 3166 alpha-3 code or empty;
 * {@code role} a title such as "president"; {@code sector} a CAMEO-style sector such as GOV, BUS, MED.
 * {@code evidence} holds the spans from which the role and country were learned.
 */
public record Actor(
        String id,
        String name,
        ActorKind kind,
        String country,
        String role,
        String sector,
        List<String> aliases,
        List<Span> evidence) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        country = country == null ? "" : country;
        role = role == null ? "" : role;
        sector = sector == null ? "" : sector;
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }

    /** The CAMEO-style code: country plus sector, e.g. {@code RUS GOV}, or {@code IGO} for intergovernmental bodies. */
    public String code() {
        if (kind == ActorKind.IGO) {
            return "IGO";
        }
        return (country + " " + sector).trim();
    }
}
