package org.annals.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.annals.core.ActorKind;

/**
 * Reads an Annals actor dictionary: {@code name<TAB>code<TAB>kind[<TAB>country[<TAB>aliases]]}, '#' lines are
 * comments, aliases are separated by '|'. The code has the form of the built-in ids of its kind ({@code ARN},
 * {@code ARN.GOV}, {@code IGO.ARN}, {@code REG.ARN}, {@code org:...}, {@code person:...}, {@code group:...}).
 */
final class AnnalsActorTsv {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Map<ActorKind, Pattern> CODES = Map.of(
            ActorKind.COUNTRY, COUNTRY,
            ActorKind.GOVERNMENT, Pattern.compile("[A-Z]{3}\\.GOV"),
            ActorKind.IGO, Pattern.compile("IGO\\.[A-Z0-9]+"),
            ActorKind.REGION, Pattern.compile("REG\\.[A-Z0-9]+"),
            ActorKind.ORGANISATION, Pattern.compile("org:[A-Za-z0-9:._-]+"),
            ActorKind.PERSON, Pattern.compile("person:[a-z0-9-]+"),
            ActorKind.GROUP, Pattern.compile("group:[A-Za-z0-9:._-]+"));
    private static final Map<ActorKind, String> CODE_FORMS = Map.of(
            ActorKind.COUNTRY, "three capital letters (ARN)",
            ActorKind.GOVERNMENT, "a country code and .GOV (ARN.GOV)",
            ActorKind.IGO, "IGO. and capitals (IGO.ARN)",
            ActorKind.REGION, "REG. and capitals (REG.NORTH)",
            ActorKind.ORGANISATION, "org: and a slug (org:rangers-of-the-north)",
            ActorKind.PERSON, "person: and a lower-case slug (person:aragorn)",
            ActorKind.GROUP, "group: and a slug (group:orcs)");

    private AnnalsActorTsv() {}

    static List<ActorDictionaryEntry> read(String file, List<String> lines) {
        List<ActorDictionaryEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                entries.add(entry(file, i + 1, line));
            }
        }
        return entries;
    }

    private static ActorDictionaryEntry entry(String file, int number, String line) {
        String[] cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toArray(String[]::new);
        if (cells.length < 3 || cells.length > 5) {
            throw new DictionaryLineException(
                    file,
                    number,
                    "expected 3 to 5 tab-separated columns (name, code, kind, country, aliases), got " + cells.length);
        }
        if (cells[0].isEmpty()) {
            throw new DictionaryLineException(file, number, "the name is empty");
        }
        ActorKind kind = kind(file, number, cells[2]);
        String code = code(file, number, cells[1], kind);
        String country = country(file, number, cells.length > 3 ? cells[3] : "", code, kind);
        List<String> names = new ArrayList<>(List.of(cells[0]));
        if (cells.length == 5) {
            names.addAll(Tsv.list(cells[4]));
        }
        return new ActorDictionaryEntry(
                names, new KbEntry(code, cells[0], kind, country, sector(kind), KbEntry.Use.NAME));
    }

    private static ActorKind kind(String file, int number, String cell) {
        for (ActorKind kind : ActorKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(cell)) {
                return kind;
            }
        }
        String valid = Arrays.stream(ActorKind.values())
                .map(k -> k.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new DictionaryLineException(file, number, "unknown kind '" + cell + "'; valid kinds: " + valid);
    }

    private static String code(String file, int number, String cell, ActorKind kind) {
        if (!CODES.get(kind).matcher(cell).matches()) {
            throw new DictionaryLineException(
                    file,
                    number,
                    "code '" + cell + "' does not fit kind " + kind.name().toLowerCase(Locale.ROOT) + "; expected "
                            + CODE_FORMS.get(kind));
        }
        return cell;
    }

    // A country's and a government's country is in their code; the column may repeat it but not contradict it.
    private static String country(String file, int number, String cell, String code, ActorKind kind) {
        if (!cell.isEmpty() && !COUNTRY.matcher(cell).matches()) {
            throw new DictionaryLineException(
                    file, number, "country '" + cell + "' is not three capital letters (ARN) or empty");
        }
        boolean ownCountry = kind == ActorKind.COUNTRY || kind == ActorKind.GOVERNMENT;
        String implied = ownCountry ? code.substring(0, 3) : cell;
        if (!cell.isEmpty() && !cell.equals(implied)) {
            throw new DictionaryLineException(
                    file,
                    number,
                    "country '" + cell + "' contradicts code '" + code + "'; leave it empty or write " + implied);
        }
        return implied;
    }

    private static String sector(ActorKind kind) {
        return switch (kind) {
            case GOVERNMENT -> "GOV";
            case IGO -> "IGO";
            default -> "";
        };
    }
}
