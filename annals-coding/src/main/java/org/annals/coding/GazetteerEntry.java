package org.annals.coding;

import java.util.List;
import java.util.Objects;
import org.annals.core.Location;

/** One gazetteer place: where it is, the names it goes by, and how many people live there (0 when unknown). */
record GazetteerEntry(Location location, List<String> names, long population) {
    GazetteerEntry {
        Objects.requireNonNull(location, "location");
        names = List.copyOf(names);
    }

    boolean isCountry() {
        return location.kind().equals(Gazetteer.COUNTRY);
    }
}
