package org.annals.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.annals.core.ActorKind;

/**
 * Places below the country that tell which country a text means: the states, provinces and regions of
 * subdivisions.tsv ("Texas" is in the USA, and its government acts), and the cities of gazetteer.tsv ("Toronto
 * police" are Canada's). A name that several countries share ("Punjab", "Hyderabad") tells no country and is left
 * out, since a wrong country is worse than none.
 */
final class PlaceNames {
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final String SHARED = "";

    private final Map<String, KbEntry> subdivisions;
    private final Map<String, String> cityCountries;

    private PlaceNames(Map<String, KbEntry> subdivisions, Map<String, String> cityCountries) {
        this.subdivisions = subdivisions;
        this.cityCountries = cityCountries;
    }

    static PlaceNames load(String dir) {
        return new PlaceNames(subdivisions(dir + "subdivisions.tsv"), cities(dir + "gazetteer.tsv"));
    }

    private static Map<String, KbEntry> subdivisions(String resource) {
        Map<String, List<KbEntry>> byName = new LinkedHashMap<>();
        for (String[] row : Tsv.read(resource, 5)) {
            String code = row[0];
            String iso3 = row[3];
            if (!CODE.matcher(code).matches() || !ISO3.matcher(iso3).matches()) {
                throw new IllegalStateException(resource + ": bad code '" + code + "' or country '" + iso3 + "'");
            }
            String id = iso3 + code.substring(2);
            KbEntry entry = new KbEntry(id, row[1], ActorKind.COUNTRY, iso3, "", KbEntry.Use.SUBDIVISION);
            List<String> names = new ArrayList<>(List.of(row[1]));
            names.addAll(Tsv.list(row[2]));
            for (String name : names) {
                byName.computeIfAbsent(Slug.key(name), k -> new ArrayList<>()).add(entry);
            }
        }
        Map<String, KbEntry> unique = new HashMap<>();
        byName.forEach((name, entries) -> {
            if (entries.stream().map(KbEntry::country).distinct().count() == 1) {
                unique.put(name, entries.get(0));
            }
        });
        return unique;
    }

    private static Map<String, String> cities(String resource) {
        Map<String, String> countries = new HashMap<>();
        for (String[] row : Tsv.read(resource, 5)) {
            String iso3 = row[3];
            countries.merge(Slug.key(row[1]), iso3, (a, b) -> a.equals(b) ? a : SHARED);
            for (String alt : Tsv.list(row[2])) {
                countries.merge(Slug.key(alt), iso3, (a, b) -> a.equals(b) ? a : SHARED);
            }
        }
        countries.values().removeIf(SHARED::equals);
        return countries;
    }

    /** Every subdivision by the name it is known under, for the knowledge base's name table. */
    Map<String, KbEntry> subdivisionNames() {
        return subdivisions;
    }

    /** The subdivision so named, even where a country or capital of that name wins the name ("Georgia"). */
    Optional<KbEntry> subdivision(String surface) {
        return Optional.ofNullable(subdivisions.get(Slug.key(surface)));
    }

    /** The country of the one city so named in the gazetteer ("Toronto" → CAN). */
    Optional<String> cityCountry(String surface) {
        return Optional.ofNullable(cityCountries.get(Slug.key(surface)));
    }
}
