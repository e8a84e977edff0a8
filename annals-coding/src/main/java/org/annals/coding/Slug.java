package org.annals.coding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower-case ASCII identifiers for canonical ids, stable across documents. */
final class Slug {
    // Compiled once: every name of the knowledge base and every lookup goes through key().
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Slug() {}

    static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }

    /** The key under which a surface form is looked up: spacing removed, curly apostrophes straightened. */
    static String key(String surface) {
        return SPACE.matcher(surface.replace('’', '\'')).replaceAll("");
    }
}
