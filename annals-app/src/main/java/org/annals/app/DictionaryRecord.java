package org.annals.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.core.ContentHash;
import org.annals.store.AnnalsStore;

/**
 * Which user actor dictionaries a store's documents were analysed with, kept in the store: a command that analyses
 * into the store with another set is warned, since the same names would get different actors.
 */
final class DictionaryRecord {
    static final String NOTE = "actor_dictionaries";
    static final String NONE = "none";
    private static final int HASH_CHARS = 12;

    private final String description;

    private DictionaryRecord(String description) {
        this.description = description;
    }

    /** The record of these files: each one's name with the start of its content's SHA-256, in the order given. */
    static DictionaryRecord of(List<Path> files) {
        if (files.isEmpty()) {
            return new DictionaryRecord(NONE);
        }
        return new DictionaryRecord(
                files.stream().map(DictionaryRecord::describe).collect(Collectors.joining(", ")));
    }

    String description() {
        return description;
    }

    /**
     * Warns on {@code err} when the store recorded another set than this one, then records this one. A store that
     * recorded nothing (new, or written before the record was kept) warns about nothing.
     */
    void reconcile(AnnalsStore store, PrintWriter err) {
        store.note(NOTE).filter(recorded -> !recorded.equals(description)).ifPresent(recorded -> {
            err.println("annals: warning: the store's documents were analysed with actor dictionaries: " + recorded
                    + "; this command uses: " + description + ". The same names may get different actors;"
                    + " `annals reanalyze` with the same --actors makes them agree.");
            err.flush();
        });
        store.writeNote(NOTE, description);
    }

    // The name rather than the path: the same file reached from another folder is the same dictionary.
    private static String describe(Path file) {
        try {
            String hash = ContentHash.sha256(Files.readAllBytes(file));
            return file.getFileName() + " (sha256 " + hash.substring(0, HASH_CHARS) + ")";
        } catch (IOException e) {
            throw new UserException("--actors " + file + ": cannot read (" + ErrorMessages.describe(e) + ")", e);
        }
    }
}
