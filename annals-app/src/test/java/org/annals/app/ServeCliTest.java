package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.annals.app.http.ApiServer;
import org.annals.app.http.ServerFile;
import org.annals.app.http.Tokens;
import org.annals.core.ContentHash;
import org.annals.store.AnnalsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `annals serve` owns its store and says where it listens; `annals ingest` goes through it or says how. */
class ServeCliTest {
    static final String TOKEN = "cli-token-5555";

    @Test
    void theServerHoldsTheStoreAndAdvertisesItselfUntilClosed(@TempDir Path dataDir) throws IOException {
        ServeCommand.RunningServer server = ServeCommand.RunningServer.start(dataDir, Optional.empty(), "127.0.0.1", 0);
        try {
            Optional<ServerFile> advertised = ServerFile.read(dataDir);
            assertTrue(advertised.isPresent());
            assertEquals(server.url(), advertised.get().url());
            assertEquals(ProcessHandle.current().pid(), advertised.get().pid());
            CliRun second = CliRun.of("ingest", "--data-dir", dataDir.toString(), "--no-progress", write(dataDir, "a"));
            assertEquals(Main.USAGE, second.exitCode(), second.err());
        } finally {
            server.close();
        }
        assertFalse(Files.exists(dataDir.resolve(ServerFile.NAME)));
        AnnalsStore.openForWriting(dataDir).close();
    }

    @Test
    void aBadNumberOfReadConnectionsStopsServeAtStartNamingTheRange(@TempDir Path dataDir) {
        CliRun run = CliRun.of("serve", "--data-dir", dataDir.toString(), "--port", "0", "--read-connections", "0");
        assertEquals(Main.FAILURE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--read-connections"), run.err());
        assertTrue(run.err().contains("between 1 and 64"), run.err());
        assertFalse(Files.exists(dataDir.resolve(ServerFile.NAME)));
    }

    @Test
    void ingestWithoutATokenExplainsBothWaysOut(@TempDir Path dataDir) throws IOException {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir);
                ApiServer server = startServer(store)) {
            ServerFile.forThisProcess(server.url()).write(dataDir);
            CliRun run = CliRun.of("ingest", "--data-dir", dataDir.toString(), "--no-progress", write(dataDir, "b"));
            assertEquals(Main.USAGE, run.exitCode());
            assertTrue(run.err().contains(Tokens.CONFIG_FILE), run.err());
            assertTrue(run.err().contains("stop the server"), run.err());
            assertTrue(run.err().contains(server.url()), run.err());
        }
    }

    @Test
    void ingestSendsTheDocumentsToTheRunningServer(@TempDir Path dataDir) throws IOException {
        Files.writeString(
                dataDir.resolve(Tokens.CONFIG_FILE), "{\"token\": \"" + TOKEN + "\"}", StandardCharsets.UTF_8);
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir);
                ApiServer server = startServer(store)) {
            ServerFile.forThisProcess(server.url()).write(dataDir);
            String text = "The lighthouse on the northern cape was restored by volunteers this spring.";
            String file = write(dataDir, text);
            CliRun run = CliRun.of("ingest", "--data-dir", dataDir.toString(), "--no-progress", file);
            assertEquals(Main.OK, run.exitCode(), run.err());
            assertTrue(run.out().contains("1 stored"), run.out());
            assertTrue(store.contains(ContentHash.sha256(text)));

            CliRun again = CliRun.of("ingest", "--data-dir", dataDir.toString(), "--no-progress", file);
            assertEquals(Main.OK, again.exitCode(), again.err());
            assertTrue(again.out().contains("1 already stored"), again.out());
        }
    }

    @Test
    void aWrongTokenIsReportedNotIgnored(@TempDir Path dataDir) throws IOException {
        Path tokenFile = dataDir.resolve("wrong-token");
        Files.writeString(tokenFile, "not-" + TOKEN, StandardCharsets.UTF_8);
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir);
                ApiServer server = startServer(store)) {
            ServerFile.forThisProcess(server.url()).write(dataDir);
            CliRun run = CliRun.of(
                    "ingest",
                    "--data-dir",
                    dataDir.toString(),
                    "--no-progress",
                    "--token-file",
                    tokenFile.toString(),
                    write(dataDir, "c"));
            assertEquals(Main.FAILURE, run.exitCode());
            assertTrue(run.err().contains("401"), run.err());
        }
    }

    @Test
    @SuppressForbidden(reason = "the JDK's own HTTP server serves the test site")
    void fetchedPagesGoThroughTheRunningServerToo(@TempDir Path dataDir) throws IOException {
        Files.writeString(
                dataDir.resolve(Tokens.CONFIG_FILE), "{\"token\": \"" + TOKEN + "\"}", StandardCharsets.UTF_8);
        String page = "<html><head><title>Harbour</title></head><body><article><p>The harbour authority reopened"
                + " the eastern quay after repairs that took most of the winter.</p></article></body></html>";
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            try (exchange) {
                boolean article = exchange.getRequestURI().getPath().equals("/harbour.html");
                byte[] body = (article ? page : "not found").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", article ? "text/html" : "text/plain");
                exchange.sendResponseHeaders(article ? 200 : 404, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        site.start();
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir);
                ApiServer server = startServer(store)) {
            ServerFile.forThisProcess(server.url()).write(dataDir);
            String base = "http://127.0.0.1:" + site.getAddress().getPort();
            CliRun run = CliRun.of(
                    "ingest",
                    "--data-dir",
                    dataDir.toString(),
                    "--no-progress",
                    "--delay",
                    "0s",
                    "--fetch",
                    base + "/harbour.html",
                    base + "/missing.html");
            assertEquals(Main.FAILURE, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains("1 stored"), run.out());
            assertTrue(run.err().contains(base + "/missing.html"), run.err());
            assertEquals(1, store.summary(0).documents());
        } finally {
            site.stop(0);
        }
    }

    private static ApiServer startServer(AnnalsStore store) {
        return ApiServer.start(
                new ApiServer.Setup(
                        store, () -> new AnnalsEngine(AnnalsEngine.EXTRACTION_STAGES), Optional.of(TOKEN), "test"),
                "127.0.0.1",
                0);
    }

    private static String write(Path dir, String text) throws IOException {
        Path file = Files.createTempFile(dir, "article", ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toString();
    }
}
