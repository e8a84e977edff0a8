package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annals ingest --fetch} against a site on 127.0.0.1: a sitemap index leads to a sitemap of three pages, one
 * served, one gone and one too slow; the served one is stored and the others are named as failures.
 */
@SuppressForbidden(reason = "the JDK's own HTTP server serves the test site")
class IngestFetchCliIT {
    @TempDir
    Path dir;

    private HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestURI().getPath()) {
                case "/robots.txt" -> send(exchange, 200, "User-agent: *\nDisallow: /private/\n");
                case "/sitemap-index.xml" -> send(exchange, 200, """
                        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                          <sitemap><loc>%s</loc></sitemap></sitemapindex>
                        """.formatted(url("/sitemap-news.xml")));
                case "/sitemap-news.xml" -> send(exchange, 200, """
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                          <url><loc>%1$s/news/talks.html</loc><lastmod>2025-09-01</lastmod></url>
                          <url><loc>%1$s/news/gone.html</loc></url>
                          <url><loc>%1$s/news/slow.html</loc></url></urlset>
                        """.formatted(url("")));
                case "/news/talks.html" ->
                    send(
                            exchange,
                            200,
                            "<html><head><title>Talks</title></head><body><article>"
                                    + "<p>The foreign ministers of France and Germany met in Paris on Monday to discuss"
                                    + " trade.</p><p>They agreed to meet again next month.</p></article></body></html>");
                case "/news/slow.html" -> {
                    sleep(3000);
                    send(exchange, 200, "<html><body><p>Late.</p></body></html>");
                }
                default -> send(exchange, 404, "not found");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSitemapIndexIsFollowedTheServedPageStoredAndEachFailureNamed() {
        String data = dir.resolve("data").toString();
        CliRun run = CliRun.of(
                "ingest",
                "--fetch",
                url("/sitemap-index.xml"),
                "--delay",
                "0s",
                "--timeout",
                "1s",
                "--no-progress",
                "--data-dir",
                data);

        assertEquals(Main.FAILURE, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("1 page, 2 fetch errors"), run.out());
        assertTrue(run.out().contains("Stored 1 new document"), run.out());
        assertTrue(run.err().contains("fetch error: " + url("/news/gone.html") + ": HTTP status 404"), run.err());
        assertTrue(run.err().contains("fetch error: " + url("/news/slow.html") + ": timed out"), run.err());

        CliRun stored = CliRun.of(
                "sql", "--data-dir", data, "SELECT count(*) AS n FROM documents WHERE url LIKE '%/news/talks.html'");
        assertTrue(stored.out().contains("1"), stored.out() + stored.err());
    }
}
