package org.annals.store;

import java.util.Locale;
import org.annals.core.ActorKind;

/**
 * Which actors to list. {@code name} is a substring (ignoring case) of the id, name or an alias; {@code kind} an
 * actor kind; {@code country} an ISO 3166 alpha-3 code (ignoring case). Empty strings and nulls mean "no filter";
 * {@code offset} skips that many rows of the ordered list (for paging).
 */
public record ActorQuery(String name, ActorKind kind, String country, int limit, int offset) {
    public ActorQuery {
        name = Limits.trimmed(name);
        country = Limits.trimmed(country).toUpperCase(Locale.ROOT);
        Limits.checkLimit(limit);
        Limits.checkOffset(offset);
    }

    public ActorQuery(String name, ActorKind kind, String country, int limit) {
        this(name, kind, country, limit, 0);
    }

    /** Every actor, most widely reported first, up to the default limit of 100. */
    public static ActorQuery all() {
        return new ActorQuery("", null, "", Limits.DEFAULT_LIMIT);
    }

    public ActorQuery withName(String value) {
        return new ActorQuery(value, kind, country, limit, offset);
    }

    public ActorQuery withKind(ActorKind value) {
        return new ActorQuery(name, value, country, limit, offset);
    }

    public ActorQuery withCountry(String value) {
        return new ActorQuery(name, kind, value, limit, offset);
    }

    public ActorQuery withOffset(int value) {
        return new ActorQuery(name, kind, country, limit, value);
    }

    public ActorQuery withLimit(int value) {
        return new ActorQuery(name, kind, country, value, offset);
    }
}
