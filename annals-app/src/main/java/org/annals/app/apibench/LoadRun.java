package org.annals.app.apibench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Closed-loop load: each client thread sends the next request of the mix as soon as the last one answered, until the
 * deadline. Requests still running at the deadline are waited for (bounded by the request timeout).
 */
public final class LoadRun {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final String baseUrl;
    private final QueryMix mix;

    public LoadRun(HttpClient client, String baseUrl, QueryMix mix) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.mix = mix;
    }

    /** Runs {@code clients} threads for {@code duration}; seeds make the request sequence repeatable. */
    public List<Measurement> run(int clients, Duration duration, long seed) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long started = System.nanoTime();
            long deadline = started + duration.toNanos();
            List<Future<List<Measurement>>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Random random = new Random(seed * 31 + i);
                futures.add(pool.submit(() -> client(random, started, deadline)));
            }
            List<Measurement> all = new ArrayList<>();
            for (Future<List<Measurement>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Measurement> client(Random random, long started, long deadline) {
        List<Measurement> measured = new ArrayList<>();
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            ApiQuery query = mix.next(random);
            long begin = System.nanoTime();
            int status = send(query);
            long end = System.nanoTime();
            measured.add(new Measurement(query.kind(), (begin - started) / 1e6, (end - begin) / 1e6, status));
        }
        return measured;
    }

    private int send(ApiQuery query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + query.pathAndQuery()))
                .timeout(REQUEST_TIMEOUT)
                .GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
