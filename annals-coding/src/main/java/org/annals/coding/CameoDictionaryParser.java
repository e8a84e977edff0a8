package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of the CAMEO/PETRARCH actor dictionary format (TABARI, PETRARCH, Phoenix): a name line ({@code
 * NEW_ZEALAND [NZE]}), {@code +SYNONYM} lines continuing it, and code lines ({@code [HOB <950601]}) indented under
 * it when the name line has none. '#' or ';' starts a comment; {@code <!-- -->} (and PETRARCH's {@code <! -- -->})
 * enclose comment blocks. Which of an entry's dated codes it keeps is the caller's {@link CodeChoice}; what the
 * names and the code mean is the caller's too.
 */
public final class CameoDictionaryParser {
    /** Which code an entry with several dated codes keeps. */
    public enum CodeChoice {
        /** The undated code, else the one that holds latest: the actor as the news of today knows it. */
        CURRENT,
        /** The first code written, as PETRARCH's validation suite reads its dictionary. */
        FIRST;

        String of(List<DatedCode> codes) {
            return this == FIRST
                    ? codes.get(0).code()
                    : DatedCode.current(codes).code();
        }
    }

    /** An entry: the line of its name line, its names as written ({@code MINAS_TIRITH}) and the chosen code. */
    public record Entry(int line, List<String> names, String code) {
        public Entry {
            names = List.copyOf(names);
        }
    }

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
    private final CodeChoice choice;
    private final List<Entry> entries = new ArrayList<>();
    private List<String> names = new ArrayList<>();
    private List<DatedCode> codes = new ArrayList<>();
    private int entryLine;
    private boolean inComment;

    private CameoDictionaryParser(String file, CodeChoice choice) {
        this.file = file;
        this.choice = choice;
    }

    /** The entries of {@code lines}, read from {@code file} (named in errors); a line that cannot be read fails. */
    public static List<Entry> read(String file, List<String> lines, CodeChoice choice) {
        CameoDictionaryParser reader = new CameoDictionaryParser(file, choice);
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
        entries.add(new Entry(entryLine, names, choice.of(codes)));
        names = new ArrayList<>();
        codes = new ArrayList<>();
    }
}
