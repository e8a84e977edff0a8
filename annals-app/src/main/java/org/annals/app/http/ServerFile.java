package org.annals.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code <data-dir>/server.json}: where the server that owns a store listens ({url, pid, started}), so that other
 * commands can find it. Written when the server starts, removed when it stops.
 */
public record ServerFile(String url, long pid, String started) {
    public static final String NAME = "server.json";

    public static ServerFile forThisProcess(String url) {
        return new ServerFile(
                url,
                ProcessHandle.current().pid(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** Written to a temporary file and moved into place, so that a reader never sees half of it. */
    public void write(Path dataDir) throws IOException {
        ObjectNode node = Json.object();
        node.put("url", url);
        node.put("pid", pid);
        node.put("started", started);
        Path temporary = dataDir.resolve(NAME + ".tmp");
        Files.writeString(temporary, Json.write(node) + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, dataDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The server file of a live process, if there is one; a file left by a dead process is ignored. */
    public static Optional<ServerFile> read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            ServerFile server = new ServerFile(
                    node.path("url").asText(""),
                    node.path("pid").asLong(-1),
                    node.path("started").asText(""));
            boolean alive =
                    ProcessHandle.of(server.pid()).map(ProcessHandle::isAlive).orElse(false);
            return server.url().isEmpty() || !alive ? Optional.empty() : Optional.of(server);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Removes the file if it names this process; another server's file is left alone. */
    public static void remove(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        try {
            JsonNode node = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (node.path("pid").asLong(-1) == ProcessHandle.current().pid()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Gone already, or unreadable: either way nothing of ours to remove.
        }
    }
}
