package org.annals.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches pages politely: robots.txt is read once per host (and kept a day) and obeyed, requests to one host are
 * spaced by {@link FetchSettings#perHostDelay()} or the site's robots.txt {@code Crawl-delay} when longer (capped at
 * {@link #MAX_CRAWL_DELAY}), validators are sent back as If-None-Match and If-Modified-Since
 * and remembered in a {@link FetchState}, gzip is accepted and undone, and redirects are followed (each hop checked
 * against robots.txt) up to {@link FetchSettings#maxRedirects()}. A failure is a {@link FetchResult} naming the URL
 * and the reason, never an exception. Thread-safe; requests are made one at a time.
 */
public final class PoliteFetcher {
    /** The longest Crawl-delay honoured; a site asking for more gets this, with a warning. */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    private static final System.Logger LOG = System.getLogger(PoliteFetcher.class.getName());
    private static final Duration ROBOTS_LIFETIME = Duration.ofHours(24);
    private static final long ROBOTS_MAX_BYTES = 512L * 1024;

    private final FetchSettings settings;
    private final FetchState state;
    private final HttpClient client;
    private final Map<String, Long> lastRequestEndNanos = new HashMap<>();
    private final Map<String, CachedRobots> robots = new HashMap<>();

    private record CachedRobots(RobotsRules rules, long fetchedNanos) {}

    public PoliteFetcher(FetchSettings settings, FetchState state) {
        this.settings = settings;
        this.state = state;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public FetchSettings settings() {
        return settings;
    }

    /** Fetches {@code url} (a conditional GET when validators are remembered for it). */
    public synchronized FetchResult fetch(String url) {
        String current = url;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            URI uri;
            try {
                uri = URI.create(current);
            } catch (IllegalArgumentException e) {
                return FetchResult.failed(
                        current, FetchResult.Status.ERROR, "not a valid URL (" + e.getMessage() + ")");
            }
            if (uri.getHost() == null || !isHttp(uri)) {
                return FetchResult.failed(current, FetchResult.Status.ERROR, "not an absolute http(s) URL");
            }
            if (!robotsFor(uri).allows(pathAndQuery(uri))) {
                return FetchResult.failed(current, FetchResult.Status.DISALLOWED, "disallowed by robots.txt");
            }
            Response response = get(uri, true, settings.maxBytes());
            if (response.problem() != null) {
                return FetchResult.failed(current, FetchResult.Status.ERROR, response.problem());
            }
            String location = response.http().headers().firstValue("Location").orElse("");
            int status = response.http().statusCode();
            if (isRedirect(status) && !location.isEmpty()) {
                current = uri.resolve(location.strip()).toString();
                continue;
            }
            return result(current, response);
        }
        return FetchResult.failed(url, FetchResult.Status.ERROR, "more than " + settings.maxRedirects() + " redirects");
    }

    private FetchResult result(String url, Response response) {
        int status = response.http().statusCode();
        if (status == 304) {
            return FetchResult.notModified(url);
        }
        if (status != 200) {
            return FetchResult.failed(url, FetchResult.Status.ERROR, "HTTP status " + status);
        }
        HttpResponse<byte[]> http = response.http();
        state.remember(
                url,
                new FetchState.Validators(
                        http.headers().firstValue("ETag").orElse(""),
                        http.headers().firstValue("Last-Modified").orElse("")));
        return FetchResult.ok(
                url, response.body(), http.headers().firstValue("Content-Type").orElse(""));
    }

    private RobotsRules robotsFor(URI uri) {
        String origin = origin(uri);
        CachedRobots cached = robots.get(origin);
        if (cached != null && System.nanoTime() - cached.fetchedNanos() < ROBOTS_LIFETIME.toNanos()) {
            return cached.rules();
        }
        RobotsRules rules = fetchRobots(URI.create(origin + "/robots.txt"));
        robots.put(origin, new CachedRobots(rules, System.nanoTime()));
        if (rules.crawlDelay().compareTo(MAX_CRAWL_DELAY) > 0) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "{0}/robots.txt asks for a Crawl-delay of {1} s; waiting the maximum of {2} s between requests",
                    origin,
                    rules.crawlDelay().toSeconds(),
                    MAX_CRAWL_DELAY.toSeconds());
        }
        return rules;
    }

    /** The configured delay, or the site's Crawl-delay (at most {@link #MAX_CRAWL_DELAY}) when that is longer. */
    private Duration gapAfter(URI uri) {
        CachedRobots cached = robots.get(origin(uri));
        return gap(
                settings.perHostDelay(),
                cached == null ? Duration.ZERO : cached.rules().crawlDelay());
    }

    static Duration gap(Duration configured, Duration crawlDelay) {
        Duration capped = crawlDelay.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : crawlDelay;
        return capped.compareTo(configured) > 0 ? capped : configured;
    }

    // RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx, network error) allows nothing.
    private RobotsRules fetchRobots(URI robotsUri) {
        Response response = get(robotsUri, false, ROBOTS_MAX_BYTES);
        if (response.problem() != null) {
            return RobotsRules.DISALLOW_ALL;
        }
        int status = response.http().statusCode();
        if (status >= 400 && status < 500) {
            return RobotsRules.ALLOW_ALL;
        }
        if (status != 200) {
            return status >= 300 && status < 400 ? RobotsRules.ALLOW_ALL : RobotsRules.DISALLOW_ALL;
        }
        return RobotsRules.parse(new String(response.body(), StandardCharsets.UTF_8), settings.productToken());
    }

    private Response get(URI uri, boolean conditional, long maxBytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", "gzip")
                .GET();
        if (conditional) {
            state.validators(uri.toString()).ifPresent(v -> {
                if (!v.etag().isEmpty()) {
                    request.header("If-None-Match", v.etag());
                }
                if (!v.lastModified().isEmpty()) {
                    request.header("If-Modified-Since", v.lastModified());
                }
            });
        }
        waitForTurn(uri);
        try {
            return send(request.build(), maxBytes);
        } finally {
            lastRequestEndNanos.put(uri.getHost(), System.nanoTime());
        }
    }

    private Response send(HttpRequest request, long maxBytes) {
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> new LimitedBody(maxBytes));
        try {
            HttpResponse<byte[]> http = future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (http.body() == null) {
                return Response.failed("body over the " + megabytes(maxBytes) + " limit");
            }
            return decode(http, maxBytes);
        } catch (TimeoutException e) {
            future.cancel(true);
            return Response.failed("timed out after " + seconds(settings.readTimeout()));
        } catch (ExecutionException e) {
            return Response.failed(describe(e.getCause()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Response.failed("interrupted");
        }
    }

    private Response decode(HttpResponse<byte[]> http, long maxBytes) {
        String encoding =
                http.headers().firstValue("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        if (encoding.isEmpty() || encoding.equals("identity")) {
            return new Response(http, http.body(), null);
        }
        if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
            return Response.failed("unsupported content encoding " + encoding);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(http.body()))) {
            byte[] body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
            return body.length > maxBytes
                    ? Response.failed("body over the " + megabytes(maxBytes) + " limit once decompressed")
                    : new Response(http, body, null);
        } catch (IOException e) {
            return Response.failed("broken gzip body (" + e.getMessage() + ")");
        }
    }

    // The gap is worked out at the start of a request, so the robots.txt just read already counts for the next one.
    private void waitForTurn(URI uri) {
        Long lastEnd = lastRequestEndNanos.get(uri.getHost());
        if (lastEnd == null) {
            return;
        }
        long wait = lastEnd + gapAfter(uri).toNanos() - System.nanoTime();
        if (wait <= 0) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Throwable cause) {
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return "timed out (" + cause.getMessage() + ")";
        }
        if (cause instanceof java.net.ConnectException) {
            return "cannot connect" + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")");
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://"
                + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private record Response(HttpResponse<byte[]> http, byte[] body, String problem) {
        static Response failed(String problem) {
            return new Response(null, null, problem);
        }
    }
}
