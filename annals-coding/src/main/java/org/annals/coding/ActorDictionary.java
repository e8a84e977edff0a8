package org.annals.coding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A user's actor dictionary, read at start so that a bad file fails before any document is analysed: an Annals TSV
 * file ({@code .tsv}, or a first data line with a tab) or a CAMEO/PETRARCH actor dictionary (anything else). See
 * docs/knowledge-base.md for both formats.
 */
public final class ActorDictionary {
    private final List<ActorDictionaryEntry> entries;

    private ActorDictionary(List<ActorDictionaryEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ActorDictionary of(List<ActorDictionaryEntry> entries) {
        return new ActorDictionary(entries);
    }

    /** Reads each file in order; an entry of a later file overrides an earlier one of the same name. */
    public static ActorDictionary read(List<Path> files) {
        List<ActorDictionaryEntry> entries = new ArrayList<>();
        for (Path file : files) {
            entries.addAll(readOne(file));
        }
        return new ActorDictionary(entries);
    }

    private static List<ActorDictionaryEntry> readOne(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("actor dictionary " + file + ": no such file");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("actor dictionary " + file + ": cannot read it: " + e.getMessage(), e);
        }
        String label = file.toString();
        return isAnnalsTsv(file, lines) ? AnnalsActorTsv.read(label, lines) : CameoActorFile.read(label, lines);
    }

    private static boolean isAnnalsTsv(Path file, List<String> lines) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")) {
            return true;
        }
        return lines.stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .findFirst()
                .map(line -> line.strip().contains("\t"))
                .orElse(false);
    }

    public List<ActorDictionaryEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
