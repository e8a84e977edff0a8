package org.annals.ingest.fetch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the fetcher remembers between runs: the validators (ETag, Last-Modified) of each URL, for conditional GETs,
 * and the pages already fetched, so that an entry seen in an earlier round is not fetched again. Kept as JSON in one
 * file, written atomically by {@link #save()}. Thread-safe.
 */
public final class FetchState {
    /** The file name inside the data directory. */
    public static final String FILE_NAME = "fetch-state.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The validators of one URL; each empty when the server sent none. */
    public record Validators(String etag, String lastModified) {
        public Validators {
            etag = etag == null ? "" : etag;
            lastModified = lastModified == null ? "" : lastModified;
        }

        boolean isEmpty() {
            return etag.isEmpty() && lastModified.isEmpty();
        }
    }

    private record Saved(Map<String, Validators> validators, Map<String, String> fetched) {}

    private final Path file;
    private final Map<String, Validators> validators;
    private final Map<String, String> fetched;

    private FetchState(Path file, Map<String, Validators> validators, Map<String, String> fetched) {
        this.file = file;
        this.validators = new TreeMap<>(validators);
        this.fetched = new TreeMap<>(fetched);
    }

    /** A state that is never saved (for tests and one-off fetches). */
    public static FetchState inMemory() {
        return new FetchState(null, Map.of(), Map.of());
    }

    /** The state kept in {@code dataDir}, empty when there is none yet; throws UncheckedIOException when unreadable. */
    public static FetchState load(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new FetchState(file, Map.of(), Map.of());
        }
        try {
            Saved saved = JSON.readValue(file.toFile(), new TypeReference<Saved>() {});
            return new FetchState(
                    file,
                    saved.validators() == null ? Map.of() : saved.validators(),
                    saved.fetched() == null ? Map.of() : saved.fetched());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    file + ": cannot read the fetch state (" + e.getMessage() + "); delete the file to start afresh",
                    e);
        }
    }

    public synchronized Optional<Validators> validators(String url) {
        return Optional.ofNullable(validators.get(url));
    }

    synchronized void remember(String url, Validators value) {
        if (value.isEmpty()) {
            validators.remove(url);
        } else {
            validators.put(url, value);
        }
    }

    /** Forgets a URL's validators, so that the next fetch is unconditional. */
    public synchronized void forget(String url) {
        validators.remove(url);
    }

    public synchronized boolean wasFetched(String url) {
        return fetched.containsKey(url);
    }

    /** Remembers that a page was fetched, with a note such as the date. */
    public synchronized void markFetched(String url, String note) {
        fetched.put(url, note);
    }

    /** Writes the state to its file (a no-op for an in-memory state). */
    public synchronized void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
            JSON.writerWithDefaultPrettyPrinter()
                    .writeValue(
                            temporary.toFile(),
                            new Saved(new LinkedHashMap<>(validators), new LinkedHashMap<>(fetched)));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the fetch state (" + e.getMessage() + ")", e);
        }
    }
}
