package org.annals.coding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Location;

/**
 * Places by name: the countries of countries.tsv (with country-aliases.tsv) and the cities of gazetteer.tsv (see
 * docs/gazetteer.md). A name is resolved to the country of that name if there is one; else, among the cities of
 * that name, to one in the first country of the given context that has one; else to the most populous.
 */
public final class Gazetteer {
    static final String COUNTRY = "country";
    private static final String DIR = "/org/annals/coding/";
    private static Gazetteer standard;

    private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();
    private final int size;

    Gazetteer(List<GazetteerEntry> entries) {
        for (GazetteerEntry entry : entries) {
            Set<String> keys = new LinkedHashSet<>();
            entry.names().forEach(n -> keys.add(key(n)));
            keys.remove("");
            keys.forEach(k -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(entry));
        }
        this.size = entries.size();
    }

    /** The shipped gazetteer, read once. */
    public static synchronized Gazetteer standard() {
        if (standard == null) {
            standard = new Gazetteer(GazetteerFiles.read(DIR));
        }
        return standard;
    }

    public int size() {
        return size;
    }

    /** The place a name stands for; {@code countries} (ISO alpha-3, most preferred first) break ties between cities. */
    public Optional<Location> resolve(String name, List<String> countries) {
        List<GazetteerEntry> found = byName.getOrDefault(key(name), List.of());
        Optional<GazetteerEntry> country =
                found.stream().filter(GazetteerEntry::isCountry).findFirst();
        if (country.isPresent()) {
            return country.map(GazetteerEntry::location);
        }
        return found.stream()
                .min(Comparator.<GazetteerEntry>comparingInt(e -> rank(e, countries))
                        .thenComparing(Comparator.comparingLong(GazetteerEntry::population)
                                .reversed())
                        .thenComparing(e -> e.location().id()))
                .map(GazetteerEntry::location);
    }

    private static int rank(GazetteerEntry entry, List<String> countries) {
        int at = countries.indexOf(entry.location().country());
        return at < 0 ? countries.size() : at;
    }

    /** Names compare without case, accents, a leading "the" or the difference between ' and ’. */
    static String key(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('’', '\'')
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }
}
