package org.annals.coding;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CAMEO-style actor codes for stored actors: country ISO3 plus sector ({@code RUS} + {@code GOV}), IGOs as
 * {@code IGO} plus their short code, regions by CAMEO's region codes (cameo-regions.tsv). See docs/cameo.md.
 */
public final class CameoActorCodes {
    private static final String REGIONS = "/org/annals/coding/cameo-regions.tsv";
    private static final String IGO_PREFIX = "IGO.";
    private static final String NO_CODE = "-";

    private final Map<String, String> regionCodes;

    private CameoActorCodes(Map<String, String> regionCodes) {
        this.regionCodes = Map.copyOf(regionCodes);
    }

    public static CameoActorCodes standard() {
        Map<String, String> regions = new HashMap<>();
        for (String[] row : Tsv.read(REGIONS, 2)) {
            if (!row[1].equals(NO_CODE) && !row[1].matches("[A-Z]{3}")) {
                throw new IllegalStateException(
                        REGIONS + ": a CAMEO region code has 3 capital letters, got '" + row[1] + "' for " + row[0]);
            }
            if (regions.put(row[0], row[1]) != null) {
                throw new IllegalStateException(REGIONS + " lists " + row[0] + " twice");
            }
        }
        return new CameoActorCodes(regions);
    }

    /**
     * The code of a stored actor from its id, kind (as stored: PERSON, COUNTRY, GOVERNMENT, ...), ISO3 country and
     * sector. Governments are GOV, organisations BUS unless their sector says otherwise; people and groups take
     * their sector (from their role) when known, else the country alone.
     */
    public CameoActor of(String id, String kind, String country, String sector) {
        String iso3 = upper(country);
        String knownSector = upper(sector);
        return switch (upper(kind)) {
            case "IGO" -> igo(id);
            case "REGION" -> region(id);
            case "COUNTRY" -> new CameoActor(iso3, iso3, "", "");
            case "GOVERNMENT" -> withSector(iso3, "GOV");
            case "ORGANISATION" -> withSector(iso3, knownSector.isEmpty() ? "BUS" : knownSector);
            default -> withSector(iso3, knownSector);
        };
    }

    private static CameoActor igo(String id) {
        String group = id != null && id.startsWith(IGO_PREFIX) ? upper(id.substring(IGO_PREFIX.length())) : "";
        return new CameoActor("IGO" + group, "", group, "IGO");
    }

    private CameoActor region(String id) {
        String code = regionCodes.getOrDefault(id, NO_CODE);
        return code.equals(NO_CODE) ? CameoActor.NONE : new CameoActor(code, code, "", "");
    }

    private static CameoActor withSector(String iso3, String sector) {
        return new CameoActor(iso3 + sector, iso3, "", sector);
    }

    private static String upper(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }
}
