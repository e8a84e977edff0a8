package org.annals.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.annals.app.apibench.ChildServer;
import org.annals.app.apibench.LatencyReport;
import org.annals.app.apibench.LoadRun;
import org.annals.app.apibench.Measurement;
import org.annals.app.apibench.QueryMix;
import org.annals.app.apibench.QuerySample;
import org.annals.app.apibench.QuerySampler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Measures the HTTP API's latency under concurrent clients in this process against a server in another. */
@Command(
        name = "api",
        description = {
            "Measure p50/p95/p99 latency of the main API queries under concurrent clients.",
            "Starts `annals serve` on the store as a child process (or uses --url);",
            "the query mix is drawn from the store's own events and titles."
        })
final class BenchApiCommand implements Callable<Integer> {
    private static final int MAX_CLIENTS = 256;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data = new DataDirOption();

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(
            names = "--duration",
            defaultValue = "60s",
            converter = DurationConverter.class,
            description = "How long to measure (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(
            names = "--warm-up",
            defaultValue = "10s",
            converter = DurationConverter.class,
            description = "Unmeasured load first (default: ${DEFAULT-VALUE}).")
    Duration warmUp;

    @Option(
            names = "--url",
            paramLabel = "URL",
            description = "A running server (loopback only) instead of starting one, e.g. http://127.0.0.1:7000.")
    String url;

    @Option(names = "--output", paramLabel = "FILE", description = "Write every request's latency as CSV.")
    Path output;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException, InterruptedException {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        if (url != null) {
            return measure(client, url.replaceAll("/+$", ""), out);
        }
        Path dataDir = data.resolve();
        Path log = Files.createTempFile("annals-bench-server", ".log");
        out.println("Starting `annals serve` on " + dataDir + " (log: " + log + ")...");
        out.flush();
        try (ChildServer server = ChildServer.start(dataDir, log, client)) {
            return measure(client, server.url(), out);
        }
    }

    private void checkOptions() {
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new UserException("--clients must be from 1 to " + MAX_CLIENTS + ", got " + clients);
        }
        if (duration.isZero()) {
            throw new UserException("--duration must be longer than 0");
        }
        if (url != null && !ServeCommand.isLoopback(java.net.URI.create(url).getHost())) {
            throw new UserException("--url must be a loopback address (127.0.0.1, localhost), got " + url);
        }
    }

    private int measure(java.net.http.HttpClient client, String baseUrl, PrintWriter out)
            throws IOException, InterruptedException {
        QuerySample sample;
        try {
            sample = new QuerySampler(client, baseUrl).sample(new Random(seed));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        out.printf(
                Locale.ROOT,
                "Server %s; query mix from %d actor occurrences, %d pairs, %d types, %d title words, %s to %s.%n",
                baseUrl,
                sample.actors().size(),
                sample.pairs().size(),
                sample.types().size(),
                sample.words().size(),
                sample.first(),
                sample.last());
        LoadRun load = new LoadRun(client, baseUrl, new QueryMix(sample));
        if (!warmUp.isZero()) {
            out.printf(Locale.ROOT, "Warming up for %s with %d clients...%n", warmUp, clients);
            out.flush();
            load.run(clients, warmUp, seed + 1);
        }
        out.printf(Locale.ROOT, "Measuring for %s with %d clients...%n%n", duration, clients);
        out.flush();
        long started = System.nanoTime();
        List<Measurement> measured = load.run(clients, duration, seed);
        LatencyReport report = new LatencyReport(measured, (System.nanoTime() - started) / 1e9);
        boolean met = report.print(out);
        if (output != null) {
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                report.writeCsv(writer);
            }
            out.println("Wrote " + measured.size() + " latencies to " + output);
        }
        out.println(met ? "All targets met." : "Some targets missed or requests failed.");
        return report.errors() == 0 ? Main.OK : Main.FAILURE;
    }
}
