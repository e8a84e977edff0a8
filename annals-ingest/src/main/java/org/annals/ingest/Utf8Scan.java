package org.annals.ingest;

/**
 * Counts well-formed multi-byte UTF-8 sequences and bytes that cannot start or continue one. Text in a legacy
 * encoding almost never holds well-formed multi-byte sequences, while a damaged UTF-8 file holds many and only a
 * few bad bytes: the two counts tell them apart.
 */
record Utf8Scan(int multiByteSequences, int invalidBytes, int firstInvalidOffset) {
    static Utf8Scan of(byte[] bytes, int start) {
        int valid = 0;
        int invalid = 0;
        int firstInvalid = -1;
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(b);
            if (length > 0 && continues(bytes, i, length)) {
                valid++;
                i += length;
            } else {
                invalid++;
                firstInvalid = firstInvalid < 0 ? i : firstInvalid;
                i++;
            }
        }
        return new Utf8Scan(valid, invalid, firstInvalid);
    }

    boolean isValid() {
        return invalidBytes == 0;
    }

    /** Mostly UTF-8 with a few bad bytes: a file damaged in transit, not one written in another encoding. */
    boolean looksDamaged() {
        return invalidBytes > 0 && multiByteSequences > 2 * invalidBytes;
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    }

    private static boolean continues(byte[] bytes, int at, int length) {
        if (at + length > bytes.length) {
            return false;
        }
        for (int k = 1; k < length; k++) {
            int b = bytes[at + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return false;
            }
        }
        return true;
    }
}
