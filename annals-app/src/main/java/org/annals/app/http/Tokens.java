package org.annals.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The bearer token that guards the API's write routes: the contents of {@code --token-file}, else the {@code token}
 * of {@code <data-dir>/config.json}. Without one, writing is off. A configured but unreadable or empty token is a
 * configuration error, reported at start.
 */
public final class Tokens {
    public static final String CONFIG_FILE = "config.json";

    private Tokens() {}

    /** The configured token, if any; throws IllegalArgumentException naming the file when it is unusable. */
    public static Optional<String> load(Path tokenFile, Path dataDir) {
        if (tokenFile != null) {
            String token = read(tokenFile).strip();
            if (token.isEmpty()) {
                throw new IllegalArgumentException("the token file " + tokenFile + " is empty; write a token into it");
            }
            return Optional.of(token);
        }
        Path config = dataDir.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        JsonNode token;
        try {
            token = Json.MAPPER.readTree(read(config)).path("token");
        } catch (IOException e) {
            throw new IllegalArgumentException(config + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!token.isTextual() || token.asText().isBlank()) {
            throw new IllegalArgumentException(
                    config + " has no \"token\" text; write {\"token\": \"a-long-random-secret\"} into it");
        }
        return Optional.of(token.asText().strip());
    }

    /** How to configure a token, for messages. */
    public static String howToConfigure(Path dataDir) {
        return "put {\"token\": \"a-long-random-secret\"} into " + dataDir.resolve(CONFIG_FILE)
                + " (or pass --token-file FILE) and restart `annals serve`; clients send it as"
                + " 'Authorization: Bearer a-long-random-secret'";
    }

    /** Compares in constant time, so that response times do not reveal how much of a guess was right. */
    static boolean matches(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the token from " + file + ": " + e.getMessage(), e);
        }
    }
}
