package org.annals.ingest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * A news site on 127.0.0.1 for the fetcher's tests: a robots.txt that disallows /private/, an RSS feed that answers
 * 304 to its ETag, pages (one in ISO-8859-1, one gzipped, one behind a redirect), a slow page, a redirect loop and a
 * Google News sitemap. Records every request with its headers and arrival time.
 */
@SuppressForbidden(reason = "the JDK's own HTTP server serves the test site")
final class TestSite implements AutoCloseable {
    static final String FEED_ETAG = "\"feed-v1\"";

    record Request(String path, Map<String, List<String>> headers, long nanos) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse("");
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private final long slowMillis;
    private final String robotsTxt;
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newCachedThreadPool();

    TestSite(long slowMillis) {
        this(slowMillis, "User-agent: *\nDisallow: /private/\n");
    }

    TestSite(long slowMillis, String robotsTxt) {
        this.slowMillis = slowMillis;
        this.robotsTxt = robotsTxt;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requestsFor(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        synchronized (this) {
            requests.add(new Request(path, Map.copyOf(exchange.getRequestHeaders()), System.nanoTime()));
        }
        hits.merge(path, 1, Integer::sum);
        try (exchange) {
            route(exchange, path);
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        switch (path) {
            case "/robots.txt" -> send(exchange, 200, "text/plain", robotsTxt);
            case "/feed.rss" -> feed(exchange);
            case "/news/a.html" ->
                send(
                        exchange,
                        200,
                        "text/html; charset=ISO-8859-1",
                        page("Café talks resume", "The ministers met at the café on Monday and agreed to talk again."),
                        StandardCharsets.ISO_8859_1);
            case "/news/b.html" ->
                gzipped(exchange, page("Port reopens", "The port reopened on Tuesday after repairs."));
            case "/news/c.html" -> send(exchange, 200, "text/html", page("Bridge opens", "The bridge opened."));
            case "/old.html" -> redirect(exchange, "/news/c.html");
            case "/loop.html" -> redirect(exchange, "/loop.html");
            case "/slow.html" -> slow(exchange);
            case "/sitemap.xml" -> send(exchange, 200, "application/xml", sitemap());
            case "/sitemap-index.xml" -> send(exchange, 200, "application/xml", sitemapIndex());
            case "/sitemap-three.xml" -> send(exchange, 200, "application/xml", sitemapOfThree());
            case "/sitemap-bad.xml" -> send(exchange, 200, "application/xml", sitemapOfBadPages());
            case "/bomb.html" -> gzippedBytes(exchange, new byte[3 * 1024 * 1024]);
            case "/cut-gzip.html" -> cutGzip(exchange);
            case "/big.html" -> send(exchange, 200, "text/html", page("Big", "word ".repeat(300_000)));
            case "/blank.html" -> send(exchange, 200, "text/html", "   \n  ");
            case "/feeds.opml" -> send(exchange, 200, "text/x-opml", opml());
            default -> send(exchange, 404, "text/plain", "not found");
        }
    }

    private void feed(HttpExchange exchange) throws IOException {
        if (FEED_ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.getResponseHeaders().set("ETag", FEED_ETAG);
        send(exchange, 200, "application/rss+xml", rss());
    }

    private String rss() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Test Wire</title><link>%1$s</link><description>test</description>
                <item><title>Full story</title><link>%1$s/news/full.html</link>
                  <pubDate>Mon, 01 Sep 2025 10:00:00 GMT</pubDate>
                  <content:encoded><![CDATA[<p>The full story is in the feed itself, with every paragraph.</p>]]></content:encoded></item>
                <item><title>Cafe talks</title><link>%1$s/news/a.html</link>
                  <pubDate>Tue, 02 Sep 2025 10:00:00 GMT</pubDate><description>Talks resume.</description></item>
                <item><title>Secret</title><link>%1$s/private/secret.html</link>
                  <description>A summary of a page robots.txt keeps us from.</description></item>
                <item><title>Slow</title><link>%1$s/slow.html</link><description>Slow page.</description></item>
                <item><title>Moved</title><link>%1$s/old.html</link><description>Moved page.</description></item>
                </channel></rss>
                """.formatted(url(""));
    }

    private String sitemap() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>%1$s/news/b.html</loc>
                    <news:news><news:publication><news:name>Harbour Times</news:name><news:language>en</news:language></news:publication>
                      <news:publication_date>2025-09-02T23:30:00-05:00</news:publication_date>
                      <news:title>Port reopens after repairs</news:title></news:news></url>
                  <url><loc>%1$s/private/hidden.html</loc><lastmod>2025-09-01</lastmod></url>
                  <url><loc>%1$s/loop.html</loc></url>
                </urlset>
                """.formatted(url(""));
    }

    private String sitemapIndex() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s</loc></sitemap>
                </sitemapindex>
                """.formatted(url("/sitemap-three.xml"));
    }

    // One page that is served, one that is gone (404) and one that is too slow.
    private String sitemapOfThree() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>%1$s/news/c.html</loc><lastmod>2025-09-02</lastmod></url>
                  <url><loc>%1$s/news/gone.html</loc></url>
                  <url><loc>%1$s/slow.html</loc></url>
                </urlset>
                """.formatted(url(""));
    }

    private String sitemapOfBadPages() {
        StringBuilder urls = new StringBuilder();
        for (String path : List.of("/news/c.html", "/bomb.html", "/cut-gzip.html", "/big.html", "/blank.html")) {
            urls.append("<url><loc>").append(url(path)).append("</loc></url>");
        }
        return "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + urls + "</urlset>";
    }

    private static void gzippedBytes(HttpExchange exchange, byte[] body) throws IOException {
        byte[] compressed = gzip(body);
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, compressed.length);
        exchange.getResponseBody().write(compressed);
    }

    // A gzip body cut in the middle, as when a server or proxy drops the connection's tail.
    private static void cutGzip(HttpExchange exchange) throws IOException {
        byte[] whole = gzip(page("Cut", "text ".repeat(2000)).getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        exchange.sendResponseHeaders(200, cut.length);
        exchange.getResponseBody().write(cut);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(body);
        }
        return bytes.toByteArray();
    }

    private String opml() {
        return "<opml version=\"2.0\"><body><outline text=\"wire\" xmlUrl=\"" + url("/feed.rss") + "\"/></body></opml>";
    }

    private static String page(String title, String text) {
        return "<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>"
                + text + "</p></article></body></html>";
    }

    private void slow(HttpExchange exchange) throws IOException {
        try {
            Thread.sleep(slowMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        send(exchange, 200, "text/html", page("Slow", "Too late."));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(301, -1);
    }

    private static void gzipped(HttpExchange exchange, String body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(body.getBytes(StandardCharsets.UTF_8));
        }
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.size());
        exchange.getResponseBody().write(bytes.toByteArray());
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        send(exchange, status, type, body, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, String body, Charset charset)
            throws IOException {
        byte[] bytes = body.getBytes(charset);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
