package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import org.annals.core.Location;

/** Reads the gazetteer's entries from countries.tsv, country-aliases.tsv and gazetteer.tsv. */
final class GazetteerFiles {
    private GazetteerFiles() {}

    static List<GazetteerEntry> read(String dir) {
        List<GazetteerEntry> entries = new ArrayList<>(countries(dir));
        for (String[] row : Tsv.read(dir + "gazetteer.tsv", 8)) {
            entries.add(city(row));
        }
        return entries;
    }

    private static List<GazetteerEntry> countries(String dir) {
        List<String[]> aliases = Tsv.read(dir + "country-aliases.tsv", 3);
        List<GazetteerEntry> entries = new ArrayList<>();
        for (String[] row : Tsv.read(dir + "countries.tsv", 9)) {
            String iso3 = row[0];
            List<String> names = new ArrayList<>(List.of(row[2], row[3]));
            names.addAll(Tsv.list(row[4]));
            aliases.stream()
                    .filter(a -> a[1].equals(iso3) && a[2].equals("name"))
                    .forEach(a -> names.add(a[0]));
            Location location = new Location(iso3, row[2], iso3, number(row[7]), number(row[8]), Gazetteer.COUNTRY);
            entries.add(new GazetteerEntry(location, names, 0));
        }
        return entries;
    }

    // id, name, alt_names, country, kind, lat, lon, population
    private static GazetteerEntry city(String[] row) {
        List<String> names = new ArrayList<>(List.of(row[1]));
        names.addAll(Tsv.list(row[2]));
        Location location = new Location(row[0], row[1], row[3], number(row[5]), number(row[6]), row[4]);
        return new GazetteerEntry(location, names, (long) number(row[7]));
    }

    private static double number(String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("gazetteer: not a number: '" + cell + "'", e);
        }
    }
}
