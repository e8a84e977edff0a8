package org.annals.app.http;

import java.util.List;

/**
 * One parameter of a route: where it goes, what it holds and which values are valid. The same definition validates
 * requests and describes the parameter in /openapi.json.
 */
record Param(
        String name,
        In in,
        Kind kind,
        String description,
        List<String> valid,
        int min,
        int max,
        String byDefault,
        boolean required) {
    /** Where the parameter is given. */
    enum In {
        QUERY,
        PATH
    }

    /** What the parameter holds. */
    enum Kind {
        TEXT,
        DATE,
        INTEGER,
        CHOICE,
        PAIR
    }

    Param {
        valid = List.copyOf(valid);
        byDefault = byDefault == null ? "" : byDefault;
    }

    static Param text(String name, String description) {
        return new Param(name, In.QUERY, Kind.TEXT, description, List.of(), 0, 0, "", false);
    }

    static Param requiredText(String name, String description) {
        return new Param(name, In.QUERY, Kind.TEXT, description, List.of(), 0, 0, "", true);
    }

    static Param path(String name, String description) {
        return new Param(name, In.PATH, Kind.TEXT, description, List.of(), 0, 0, "", true);
    }

    static Param date(String name, String description) {
        return new Param(name, In.QUERY, Kind.DATE, description, List.of(), 0, 0, "", false);
    }

    static Param integer(String name, String description, int min, int max, int byDefault) {
        return new Param(
                name, In.QUERY, Kind.INTEGER, description, List.of(), min, max, String.valueOf(byDefault), false);
    }

    static Param choice(String name, String description, List<String> valid, String byDefault) {
        return new Param(name, In.QUERY, Kind.CHOICE, description, valid, 0, 0, byDefault, false);
    }

    static Param pair(String name, String description) {
        return new Param(name, In.QUERY, Kind.PAIR, description, List.of(), 0, 0, "", false);
    }
}
