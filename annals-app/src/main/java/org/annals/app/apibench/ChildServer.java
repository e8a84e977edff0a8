package org.annals.app.apibench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.annals.app.http.ServerFile;

/**
 * {@code annals serve} on a store as a child process (same java and class path, a free loopback port), so that the
 * benchmark's clients and the server do not share a JVM. Closing stops it with SIGTERM, so it closes the store.
 */
public final class ChildServer implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final String url;

    private ChildServer(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts the server and waits until /api/health answers; {@code log} receives its output. */
    public static ChildServer start(Path dataDir, Path log, HttpClient client)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.annals.app.Main");
        command.addAll(List.of("serve", "--data-dir", dataDir.toString(), "--bind", "127.0.0.1", "--port", "0"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            String url = awaitHealthy(process, dataDir, client, log);
            return new ChildServer(process, url);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stop(process);
            throw e;
        }
    }

    private static String awaitHealthy(Process process, Path dataDir, HttpClient client, Path log)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(
                        "the server exited with code " + process.exitValue() + " before answering: " + tail(log));
            }
            Optional<ServerFile> file = ServerFile.read(dataDir).filter(f -> f.pid() == process.pid());
            if (file.isPresent() && healthy(client, file.get().url())) {
                return file.get().url();
            }
            Thread.sleep(200);
        }
        throw new IOException(
                "the server did not answer /api/health within " + START_TIMEOUT.toSeconds() + " s: " + tail(log));
    }

    private static boolean healthy(HttpClient client, String url) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/health"))
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.length() <= 2000 ? text : text.substring(text.length() - 2000);
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
