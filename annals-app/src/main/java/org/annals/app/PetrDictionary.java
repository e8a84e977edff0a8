package org.annals.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.coding.CameoDictionaryParser;
import org.annals.coding.CameoDictionaryParser.CodeChoice;

/**
 * The PETRARCH2 validation actor dictionary as an evaluation-only gazetteer: phrases to CAMEO actor codes, read by
 * {@link CameoDictionaryParser}. Underscores join words; a phrase ending in an underscore must match whole words,
 * otherwise its last word also matches as a stem ({@code ARGENTIN} matches "Argentina"), as PETRARCH matches. Of
 * several dated codes the first is taken, as PETRARCH's validation suite reads them; null codes ({@code ---},
 * {@code +++}) are skipped.
 */
final class PetrDictionary {
    private record Entry(List<String> words, boolean wholeLastWord, String code) {}

    private final List<Entry> entries;

    private PetrDictionary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static PetrDictionary read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    static PetrDictionary parse(String file, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (CameoDictionaryParser.Entry entry : CameoDictionaryParser.read(file, lines, CodeChoice.FIRST)) {
            add(entries, entry.names(), entry.code());
        }
        return new PetrDictionary(entries);
    }

    private static void add(List<Entry> entries, List<String> phrases, String code) {
        String usable = code.split("/")[0].toUpperCase(Locale.ROOT);
        if (usable.startsWith("---") || usable.startsWith("+++")) {
            return;
        }
        for (String phrase : phrases) {
            String upper = phrase.toUpperCase(Locale.ROOT);
            List<String> words = words(upper.replace('_', ' '));
            if (!words.isEmpty()) {
                entries.add(new Entry(words, upper.endsWith("_"), usable));
            }
        }
    }

    /** The code of the longest phrase found in {@code text}, if any. */
    Optional<String> codeIn(String text) {
        List<String> tokens = words(text.toUpperCase(Locale.ROOT).replace('’', '\''));
        Entry best = null;
        for (Entry entry : entries) {
            if ((best == null || entry.words().size() > best.words().size()) && occursIn(entry, tokens)) {
                best = entry;
            }
        }
        return Optional.ofNullable(best).map(Entry::code);
    }

    private static boolean occursIn(Entry entry, List<String> tokens) {
        int size = entry.words().size();
        for (int start = 0; start + size <= tokens.size(); start++) {
            if (matchesAt(entry, tokens, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(Entry entry, List<String> tokens, int start) {
        int last = entry.words().size() - 1;
        for (int i = 0; i <= last; i++) {
            String word = entry.words().get(i);
            String token = tokens.get(start + i);
            boolean stem = i == last && !entry.wholeLastWord() && token.startsWith(word);
            if (!token.equals(word) && !stem) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String text) {
        String cleaned = text.replaceAll("'S\\b", " ").replaceAll("[^A-Z0-9.\\-]+", " ");
        return Arrays.stream(cleaned.strip().split("\\s+"))
                .map(word -> word.replaceAll("^[.\\-]+|[.\\-]+$", ""))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
