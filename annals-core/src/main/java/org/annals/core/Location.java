package org.annals.core;

import java.util.Objects;

/**
 * A gazetteer entry a place name was resolved to: {@code id} is {@code geonames:N} for a city or an ISO 3166
 * alpha-3 code for a country, {@code country} the ISO 3166 alpha-3 code of the country it lies in, {@code kind}
 * {@code country}, {@code capital} or {@code city}; coordinates are WGS84 degrees. {@link #NONE} stands for no
 * entry.
 */
public record Location(String id, String name, String country, double latitude, double longitude, String kind) {
    public static final Location NONE = new Location("", "", "", 0, 0, "");

    public Location {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        country = country == null ? "" : country;
        kind = kind == null ? "" : kind;
    }

    public boolean isResolved() {
        return !id.isEmpty();
    }
}
