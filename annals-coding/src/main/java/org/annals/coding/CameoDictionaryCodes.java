package org.annals.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.core.ActorKind;

/**
 * What a CAMEO actor code of a user dictionary becomes in the knowledge base. Three letters are a country-like actor
 * ({@code ARN}); a longer code is that country's sector ({@code ARNGOV} is the government {@code ARN.GOV},
 * {@code ARNMIL} the military {@code org:ARN:military}, other sectors a named organisation of the country); codes
 * opening with CAMEO's transnational types are IGOs ({@code IGOEEU} is {@code IGO.EEU}) or organisations. The null
 * codes {@code ---} and {@code +++} code nothing, so their names are left out.
 */
final class CameoDictionaryCodes {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,}");
    private static final Set<String> NULL_CODES = Set.of("---", "+++");
    // CAMEO's transnational actor types, which stand where a country code would; the value is the sector.
    private static final Map<String, String> TRANSNATIONAL =
            Map.of("NGO", "NGO", "NGM", "NGM", "IMG", "REB", "MNC", "BUS", "UIS", "UIS");
    private static final Map<String, String> BODIES =
            Map.of("MIL", "military", "COP", "police", "JUD", "judiciary", "LEG", "legislature");
    private static final Set<String> MINOR_WORDS =
            Set.of("of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "del", "la", "le", "von", "van");

    private CameoDictionaryCodes() {}

    /** The entry for names coded {@code rawCode}; empty for a null code. */
    static Optional<ActorDictionaryEntry> entry(String file, int line, String rawCode, List<String> names) {
        String code = rawCode.split("/", 2)[0].toUpperCase(Locale.ROOT);
        if (NULL_CODES.contains(code)) {
            return Optional.empty();
        }
        if (!CODE.matcher(code).matches()) {
            throw new DictionaryLineException(
                    file,
                    line,
                    "code '" + rawCode + "' of '" + names.get(0)
                            + "'; a code is three or more letters or digits (ARN, ARNGOV), or --- / +++ to code"
                            + " nothing");
        }
        List<String> surfaces = surfaces(names);
        return Optional.of(new ActorDictionaryEntry(surfaces, kbEntry(code, surfaces.get(0))));
    }

    private static KbEntry kbEntry(String code, String name) {
        String prefix = code.substring(0, 3);
        String rest = code.substring(3);
        if (prefix.equals("IGO") && !rest.isEmpty()) {
            return new KbEntry("IGO." + rest, name, ActorKind.IGO, "", "IGO", KbEntry.Use.NAME);
        }
        if (TRANSNATIONAL.containsKey(prefix)) {
            return new KbEntry(
                    "org:" + Slug.of(name),
                    name,
                    ActorKind.ORGANISATION,
                    "",
                    TRANSNATIONAL.get(prefix),
                    KbEntry.Use.NAME);
        }
        if (rest.isEmpty()) {
            return new KbEntry(code, name, ActorKind.COUNTRY, code, "", KbEntry.Use.NAME);
        }
        String sector = rest.substring(0, Math.min(3, rest.length()));
        if (sector.equals("GOV")) {
            return new KbEntry(prefix + ".GOV", name, ActorKind.GOVERNMENT, prefix, "GOV", KbEntry.Use.NAME);
        }
        String id = "org:" + prefix + ":" + BODIES.getOrDefault(sector, Slug.of(name));
        return new KbEntry(id, name, ActorKind.ORGANISATION, prefix, sector, KbEntry.Use.NAME);
    }

    /**
     * The forms to look names up by: PETRARCH writes them in capitals with '_' between words and matches without
     * case, while the knowledge base matches case-sensitively, so each name is taken in title case ("New Zealand",
     * "Radagast the Brown") and as written ("IMF", "U.N."). A leading "THE" is dropped, as for the built-in names.
     */
    static List<String> surfaces(List<String> names) {
        Set<String> surfaces = new LinkedHashSet<>();
        for (String name : names) {
            String spaced = name.replace('_', ' ').strip().replaceAll("\\s+", " ");
            String bare = spaced.regionMatches(true, 0, "the ", 0, 4) ? spaced.substring(4) : spaced;
            if (!bare.isEmpty()) {
                surfaces.add(titleCase(bare));
                surfaces.add(bare);
            }
        }
        return new ArrayList<>(surfaces);
    }

    private static String titleCase(String name) {
        String[] words = name.split(" ");
        StringBuilder cased = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            cased.append(i == 0 ? "" : " ")
                    .append(i > 0 && MINOR_WORDS.contains(lower) ? lower : capitalised(words[i]));
        }
        return cased.toString();
    }

    // "U.S." and "W." keep their capitals; "AL-QAEDA" becomes "Al-Qaeda".
    private static String capitalised(String word) {
        if (word.contains(".")) {
            return word;
        }
        StringBuilder out = new StringBuilder();
        for (String part : word.split("-", -1)) {
            String lower = part.toLowerCase(Locale.ROOT);
            out.append(out.length() == 0 ? "" : "-")
                    .append(lower.isEmpty() ? "" : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return out.toString();
    }
}
