package org.annals.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** CAMEO event codes to Annals types by longest prefix, from a two-column table (eval/petrarch2/cameo-plover.tsv). */
final class CameoTypes {
    private final Map<String, String> typeByPrefix;

    private CameoTypes(Map<String, String> typeByPrefix) {
        this.typeByPrefix = Map.copyOf(typeByPrefix);
    }

    static CameoTypes read(Path tsv) {
        Map<String, String> types = new HashMap<>();
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] columns = line.split("\t");
                if (!line.startsWith("#") && columns.length >= 2) {
                    types.put(columns[0].strip(), columns[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UserException("cannot read " + tsv + ": " + e.getMessage());
        }
        return new CameoTypes(types);
    }

    /** The type of a code, or empty when no prefix is mapped (public statements, test-only codes). */
    Optional<String> typeOf(String code) {
        for (int length = code.length(); length > 0; length--) {
            String type = typeByPrefix.get(code.substring(0, length));
            if (type != null) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
