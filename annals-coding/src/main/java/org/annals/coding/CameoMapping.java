package org.annals.coding;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CAMEO view of coded events, read from cameo.tsv: PLOVER type and mode to CAMEO code (see docs/cameo.md). A mode
 * without a row of its own gets its type's default row (mode {@code -}); an unknown type is refused.
 */
public final class CameoMapping {
    private static final String RESOURCE = "/org/annals/coding/cameo.tsv";
    private static final String DEFAULT_MODE = "-";

    private final Map<String, CameoCode> byTypeAndMode;
    private final Set<String> types;

    private CameoMapping(Map<String, CameoCode> byTypeAndMode, Set<String> types) {
        this.byTypeAndMode = Map.copyOf(byTypeAndMode);
        this.types = Set.copyOf(types);
    }

    /** The shipped mapping; throws IllegalStateException naming the line when the file is malformed. */
    public static CameoMapping standard() {
        Map<String, CameoCode> codes = new HashMap<>();
        Set<String> types = new TreeSet<>();
        for (String[] row : Tsv.read(RESOURCE, 7)) {
            String key = key(row[0], row[1]);
            if (codes.put(key, parse(row)) != null) {
                throw new IllegalStateException(RESOURCE + " maps " + row[0] + "/" + row[1] + " twice");
            }
            types.add(row[0]);
        }
        for (String type : types) {
            if (!codes.containsKey(key(type, DEFAULT_MODE))) {
                throw new IllegalStateException(RESOURCE + " has no default row (mode '-') for type " + type);
            }
        }
        return new CameoMapping(codes, types);
    }

    private static CameoCode parse(String[] row) {
        try {
            return new CameoCode(row[2], row[3], row[4], Integer.parseInt(row[5]), Double.parseDouble(row[6]));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    RESOURCE + ": bad row " + String.join(" | ", row) + ": " + e.getMessage(), e);
        }
    }

    /** The CAMEO code of an event of {@code type} (PLOVER, any case) and {@code mode} (empty or null for none). */
    public CameoCode code(String type, String mode) {
        String upper = type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
        if (!types.contains(upper)) {
            throw new IllegalArgumentException(
                    "no CAMEO mapping for event type '" + type + "'; mapped types: " + String.join(", ", types));
        }
        String wanted =
                mode == null || mode.isBlank() ? DEFAULT_MODE : mode.strip().toLowerCase(Locale.ROOT);
        CameoCode exact = byTypeAndMode.get(key(upper, wanted));
        return exact != null ? exact : byTypeAndMode.get(key(upper, DEFAULT_MODE));
    }

    /** Whether {@code type}/{@code mode} has a row of its own rather than the type's default. */
    public boolean hasExactRow(String type, String mode) {
        return byTypeAndMode.containsKey(key(type, mode == null || mode.isBlank() ? DEFAULT_MODE : mode));
    }

    public Set<String> types() {
        return types;
    }

    private static String key(String type, String mode) {
        return type + "\t" + mode;
    }
}
