package org.annals.app;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a provenance's {@code field=origin,field=origin} list into a map, in order. */
final class MetadataSources {
    private MetadataSources() {}

    static Map<String, String> parse(String sources) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : sources.split(",")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                map.put(
                        entry.substring(0, equals).strip(),
                        entry.substring(equals + 1).strip());
            }
        }
        return map;
    }
}
