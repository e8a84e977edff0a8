package org.annals.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs {@code work} over a stream of items on worker threads and hands the results to a sink in input order, on
 * the caller's thread. At most a few items per worker are in flight, so memory stays flat however long the stream.
 */
final class OrderedWorkers {
    private final int threads;

    OrderedWorkers(int threads) {
        if (threads < 1) {
            throw new UserException("--threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    <I, O> void run(Iterator<I> items, Function<I, O> work, Consumer<O> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "annals-worker");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<O>> inFlight = new ArrayDeque<>();
        try {
            while (items.hasNext()) {
                I item = items.next();
                inFlight.add(pool.submit(() -> work.apply(item)));
                if (inFlight.size() >= threads * 3) {
                    sink.accept(await(inFlight.removeFirst()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed unexpectedly", e.getCause());
        }
    }
}
