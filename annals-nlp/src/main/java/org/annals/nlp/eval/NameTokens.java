package org.annals.nlp.eval;

import java.text.Normalizer;
import java.util.Locale;

/** The last token of a name, case- and diacritic-folded, as the gold guidelines compare speakers. */
public final class NameTokens {
    private NameTokens() {}

    /** "Recep Tayyip Erdoğan" gives "erdogan"; "Trump's" gives "trump"; a name without letters gives "". */
    public static String lastToken(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]s\\b", "");
        String[] tokens = folded.split("[^\\p{L}\\p{N}]+");
        for (int i = tokens.length - 1; i >= 0; i--) {
            if (!tokens[i].isEmpty()) {
                return tokens[i];
            }
        }
        return "";
    }
}
