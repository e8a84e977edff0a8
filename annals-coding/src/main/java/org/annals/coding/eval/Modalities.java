package org.annals.coding.eval;

/** The guidelines' modality agreement: equal, and a gold background event may be coded as simply asserted. */
final class Modalities {
    static final String HISTORICAL = "historical";
    static final String ASSERTED = "asserted";

    private Modalities() {}

    static boolean agree(String gold, String system) {
        return gold.equals(system) || (gold.equals(HISTORICAL) && system.equals(ASSERTED));
    }
}
