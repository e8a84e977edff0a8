package org.annals.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how far the fetcher goes. {@code userAgent} is sent with every request and its first word (up to
 * a {@code /}) is the product token looked up in robots.txt; {@code perHostDelay} is the least time between the end
 * of one request to a host and the start of the next; {@code readTimeout} bounds the whole response (headers and
 * body); {@code maxBytes} bounds the decoded body.
 */
public record FetchSettings(
        String userAgent,
        Duration perHostDelay,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBytes,
        int maxRedirects) {
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_REDIRECTS = 5;

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("user agent must not be blank; give a product name such as Annals/1.0");
        }
        requireNotNegative("per-host delay", perHostDelay);
        requirePositive("connect timeout", connectTimeout);
        requirePositive("read timeout", readTimeout);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("max bytes must be positive, got " + maxBytes);
        }
        if (maxRedirects < 0 || maxRedirects > MAX_REDIRECTS) {
            throw new IllegalArgumentException("max redirects must be 0 to " + MAX_REDIRECTS + ", got " + maxRedirects);
        }
    }

    /** The defaults: 1 s per host, 10 s to connect, 30 s to read, 20 MB, 5 redirects. */
    public static FetchSettings defaults(String userAgent) {
        return new FetchSettings(
                userAgent,
                DEFAULT_DELAY,
                DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_READ_TIMEOUT,
                DEFAULT_MAX_BYTES,
                MAX_REDIRECTS);
    }

    /** {@code Annals/VERSION (+URL)}: the product and where to read what it is. */
    /** "Annals/VERSION (+CONTACT)", or a plain description when the operator gave no contact. */
    public static String userAgent(String version, String contact) {
        String about = contact == null || contact.isBlank() ? "self-hosted news-intelligence engine" : "+" + contact;
        return "Annals/" + version + " (" + about + ")";
    }

    public FetchSettings withPerHostDelay(Duration delay) {
        return new FetchSettings(userAgent, delay, connectTimeout, readTimeout, maxBytes, maxRedirects);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read) {
        return new FetchSettings(userAgent, perHostDelay, connect, read, maxBytes, maxRedirects);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(userAgent, perHostDelay, connectTimeout, readTimeout, bytes, maxRedirects);
    }

    /** The product token robots.txt groups are matched against: the user agent up to its first {@code /}. */
    public String productToken() {
        return userAgent.strip().split("[/\\s]", 2)[0];
    }

    private static void requirePositive(String what, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }

    private static void requireNotNegative(String what, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(what + " must be zero or positive, got " + value);
        }
    }
}
