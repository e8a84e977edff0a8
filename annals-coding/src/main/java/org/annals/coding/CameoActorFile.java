package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CAMEO/PETRARCH actor dictionary (TABARI, PETRARCH, Phoenix): a name line ({@code NEW_ZEALAND [NZE]}),
 * {@code +SYNONYM} lines continuing it, and code lines ({@code [HOB <950601]}) indented under it when the name line
 * has none. '#' or ';' starts a comment; {@code <!-- -->} (and PETRARCH's {@code <! -- -->}) enclose comment
 * blocks. Of several codes the undated one is taken, else the latest; see {@link CameoDictionaryCodes} for what a
 * code becomes.
 */
final class CameoActorFile {
    // Phoenix's names hold commas, colons and accented letters ("MANFRED_WÖRNER_"); only brackets are refused.
    private static final Pattern NAME = Pattern.compile("[^\\[\\]]+");
    private static final String DATE = "(\\d{6}|\\d{8})";
    private static final Pattern CODE = Pattern.compile("\\[\\s*([A-Za-z0-9+#/-]+)\\s*([^\\]]*)]");
    private static final Pattern BEFORE = Pattern.compile("<\\s*" + DATE);
    private static final Pattern AFTER = Pattern.compile(">\\s*" + DATE);
    private static final Pattern BETWEEN = Pattern.compile(DATE + "\\s*-\\s*" + DATE);
    private static final String CODE_FORMS = "valid code forms: [CODE], [CODE <YYYYMMDD], [CODE >YYYYMMDD],"
            + " [CODE YYYYMMDD-YYYYMMDD] (or six-digit YYMMDD dates)";

    private final String file;
    private final List<ActorDictionaryEntry> entries = new ArrayList<>();
    private List<String> names = new ArrayList<>();
    private List<DatedCode> codes = new ArrayList<>();
    private int entryLine;
    private boolean inComment;

    private CameoActorFile(String file) {
        this.file = file;
    }

    static List<ActorDictionaryEntry> read(String file, List<String> lines) {
        CameoActorFile reader = new CameoActorFile(file);
        for (int i = 0; i < lines.size(); i++) {
            reader.line(i + 1, lines.get(i));
        }
        reader.close(lines.size());
        return reader.entries;
    }

    private void line(int number, String raw) {
        String line = withoutComments(raw);
        if (line.isBlank()) {
            return;
        }
        if (line.startsWith("+")) {
            requireEntry(number, "a synonym line");
            names.add(name(number, line.substring(1).strip()));
        } else if (Character.isWhitespace(line.charAt(0)) && line.strip().startsWith("[")) {
            requireEntry(number, "a code line");
            codes(number, line.strip());
        } else {
            startEntry(number, line.strip());
        }
    }

    private String withoutComments(String raw) {
        String line = raw;
        if (inComment) {
            int end = line.indexOf("-->");
            if (end < 0) {
                return "";
            }
            inComment = false;
            line = line.substring(end + 3);
        }
        int start = line.indexOf("<!");
        if (start >= 0) {
            int end = line.indexOf("-->", start);
            inComment = end < 0;
            line = line.substring(0, start) + (end < 0 ? "" : line.substring(end + 3));
        }
        int comment = commentStart(line);
        return comment < 0 ? line : line.substring(0, comment);
    }

    // '#' (PETRARCH) or ';' (TABARI, Phoenix: "HAMID_KARZAI_  ; CountryInfo.txt") to the end of the line.
    private static int commentStart(String line) {
        int hash = line.indexOf('#');
        int semicolon = line.indexOf(';');
        return hash < 0 || (semicolon >= 0 && semicolon < hash) ? semicolon : hash;
    }

    private void requireEntry(int number, String what) {
        if (names.isEmpty()) {
            throw new DictionaryLineException(file, number, what + " with no name line above it");
        }
    }

    private void startEntry(int number, String line) {
        close(number - 1);
        entryLine = number;
        int bracket = line.indexOf('[');
        names.add(name(number, bracket < 0 ? line : line.substring(0, bracket).strip()));
        if (bracket >= 0) {
            codes(number, line.substring(bracket));
        }
    }

    private String name(int number, String text) {
        if (text.isEmpty() || !NAME.matcher(text).matches()) {
            throw new DictionaryLineException(
                    file,
                    number,
                    "'" + text + "' is no name; a name line is NAME_WITH_UNDERSCORES [CODE], a code line under it is"
                            + " indented");
        }
        return text.replaceAll("\\s+", " ");
    }

    private void codes(int number, String text) {
        Matcher matcher = CODE.matcher(text);
        int at = 0;
        while (matcher.find() && matcher.start() == at) {
            codes.add(dated(number, matcher.group(1), matcher.group(2).strip()));
            at = skipSpace(text, matcher.end());
        }
        if (at != text.length()) {
            throw new DictionaryLineException(file, number, "cannot read '" + text.substring(at) + "'; " + CODE_FORMS);
        }
    }

    private static int skipSpace(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private DatedCode dated(int number, String code, String restriction) {
        if (restriction.isEmpty()) {
            return DatedCode.undated(code);
        }
        Matcher before = BEFORE.matcher(restriction);
        Matcher after = AFTER.matcher(restriction);
        Matcher between = BETWEEN.matcher(restriction);
        if (before.matches()) {
            return new DatedCode(code, DatedCode.EARLIEST, DatedCode.day(before.group(1)));
        } else if (after.matches()) {
            return new DatedCode(code, DatedCode.day(after.group(1)), DatedCode.LATEST);
        } else if (between.matches()) {
            return new DatedCode(code, DatedCode.day(between.group(1)), DatedCode.day(between.group(2)));
        }
        throw new DictionaryLineException(
                file, number, "date '" + restriction + "' of code " + code + "; " + CODE_FORMS);
    }

    private void close(int lastLine) {
        if (names.isEmpty()) {
            return;
        }
        if (codes.isEmpty()) {
            throw new DictionaryLineException(
                    file, entryLine, "'" + names.get(0) + "' has no [CODE] on its line or the lines up to " + lastLine);
        }
        DatedCode chosen = DatedCode.current(codes);
        CameoDictionaryCodes.entry(file, entryLine, chosen.code(), names).ifPresent(entries::add);
        names = new ArrayList<>();
        codes = new ArrayList<>();
    }
}
