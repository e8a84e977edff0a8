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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals watch --once} against a news site on 127.0.0.1: pages are fetched, analysed and stored once. */
@SuppressForbidden(reason = "the JDK's own HTTP server serves the test site")
class WatchCliIT {
    private static final String ETAG = "\"v1\"";

    @TempDir
    Path dir;

    private HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final List<String> pages = new CopyOnWriteArrayList<>();

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
        String path = exchange.getRequestURI().getPath();
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        pages.add(path);
        try (exchange) {
            switch (path) {
                case "/robots.txt" -> send(exchange, 200, "User-agent: *\nDisallow: /private/\n");
                case "/feed.xml" -> feed(exchange);
                case "/news/talks.html" ->
                    send(
                            exchange,
                            200,
                            "<html><head><title>Talks</title></head><body><article>"
                                    + "<p>The foreign ministers of France and Germany met in Paris on Monday to discuss trade.</p>"
                                    + "<p>They agreed to meet again next month.</p></article></body></html>");
                case "/slow.html" -> {
                    sleep(4000);
                    send(exchange, 200, "<html><body><p>Late.</p></body></html>");
                }
                default -> send(exchange, 404, "not found");
            }
        }
    }

    private void feed(HttpExchange exchange) throws IOException {
        if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.getResponseHeaders().set("ETag", ETAG);
        send(exchange, 200, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Local Wire</title><link>%1$s</link><description>d</description>
                <item><title>Talks in Paris</title><link>%1$s/news/talks.html</link>
                  <pubDate>Mon, 01 Sep 2025 10:00:00 GMT</pubDate><description>Ministers meet.</description></item>
                <item><title>Hidden</title><link>%1$s/private/hidden.html</link>
                  <description>The police arrested two men in Lyon on Sunday.</description></item>
                </channel></rss>
                """.formatted(url("")));
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

    private Path opml(String... feeds) throws IOException {
        StringBuilder outlines = new StringBuilder();
        for (String feed : feeds) {
            outlines.append("<outline text=\"f\" xmlUrl=\"").append(feed).append("\"/>");
        }
        return Files.writeString(
                dir.resolve("feeds.opml"), "<opml version=\"2.0\"><body>" + outlines + "</body></opml>");
    }

    private CliRun watchOnce(Path opml, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "watch",
                "--feeds",
                opml.toString(),
                "--once",
                "--delay",
                "0s",
                "--data-dir",
                dir.resolve("data").toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aRoundStoresNewArticlesAndTheNextOneIsAConditionalNoOp() {
        Path opml;
        try {
            opml = opml(url("/feed.xml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        CliRun first = watchOnce(opml);
        CliRun second = watchOnce(opml);

        assertEquals(Main.OK, first.exitCode(), first.out() + first.err());
        assertTrue(
                first.out().contains("Round 1: 1 feed polled, 0 not modified (304), 1 page fetched, 2 new documents"),
                first.out());
        assertTrue(!pages.contains("/private/hidden.html"), "a disallowed page is never requested");
        assertTrue(userAgents.stream().allMatch(agent -> agent.startsWith("Annals/")), userAgents.toString());

        assertEquals(Main.OK, second.exitCode(), second.out() + second.err());
        assertTrue(second.out().contains("1 not modified (304), 0 pages fetched, 0 new documents"), second.out());

        CliRun stored = CliRun.of(
                "sql",
                "--data-dir",
                dir.resolve("data").toString(),
                "SELECT count(*) AS n FROM documents WHERE url LIKE '%/news/talks.html'");
        assertTrue(stored.out().contains("1"), stored.out() + stored.err());
    }

    @Test
    void aTimeoutIsAnErrorNamingTheUrlAndTheOtherFeedsAreStored() throws IOException {
        Path opml = opml(url("/slow.html"), url("/feed.xml"));

        CliRun run = watchOnce(opml, "--timeout", "1s");

        assertEquals(Main.FAILURE, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("2 feeds polled") && run.out().contains("2 new documents"), run.out());
        assertTrue(run.err().contains("fetch error: " + url("/slow.html") + ": timed out"), run.err());
    }
}
