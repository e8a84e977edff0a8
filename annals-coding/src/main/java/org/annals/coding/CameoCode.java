package org.annals.coding;

/**
 * An event in CAMEO terms: the 3-4 digit event code, its 3-digit base and 2-digit root, the quad class (1 verbal
 * cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) and the code's Goldstein value.
 */
public record CameoCode(String eventCode, String baseCode, String rootCode, int quadClass, double goldstein) {
    public CameoCode {
        if (!eventCode.matches("\\d{3,4}")) {
            throw new IllegalArgumentException("a CAMEO event code has 3 or 4 digits, got '" + eventCode + "'");
        }
        if (!baseCode.equals(eventCode.substring(0, 3))) {
            throw new IllegalArgumentException("base code " + baseCode + " is not the first 3 digits of " + eventCode);
        }
        if (!rootCode.equals(eventCode.substring(0, 2))) {
            throw new IllegalArgumentException("root code " + rootCode + " is not the first 2 digits of " + eventCode);
        }
        int root = Integer.parseInt(rootCode);
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root codes run from 01 to 20, got " + rootCode);
        }
        if (quadClass != quadClassOf(root)) {
            throw new IllegalArgumentException(
                    "root " + rootCode + " belongs to quad class " + quadClassOf(root) + ", not " + quadClass);
        }
        if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
            throw new IllegalArgumentException("Goldstein values run from -10 to 10, got " + goldstein);
        }
    }

    /** CAMEO's quad classes by root: 01-05 verbal cooperation, 06-08 material, 09-13 verbal conflict, 14-20 material. */
    static int quadClassOf(int root) {
        if (root <= 5) {
            return 1;
        }
        if (root <= 8) {
            return 2;
        }
        return root <= 13 ? 3 : 4;
    }
}
