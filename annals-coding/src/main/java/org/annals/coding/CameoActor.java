package org.annals.coding;

/**
 * An actor in CAMEO terms, as GDELT's actor columns want it: the full code ({@code RUSGOV}, {@code IGOSCO}), the
 * country or region part ({@code RUS}, {@code WST}), the known group ({@code SCO} for an IGO) and the first type
 * code ({@code GOV}, {@code MIL}, {@code BUS}, {@code IGO}). Empty strings where there is nothing to say.
 */
public record CameoActor(String code, String countryCode, String knownGroupCode, String typeCode) {
    public static final CameoActor NONE = new CameoActor("", "", "", "");
}
