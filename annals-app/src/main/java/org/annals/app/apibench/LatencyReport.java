package org.annals.app.apibench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The per-kind latency table with the targets, and the raw measurements as CSV. */
public final class LatencyReport {
    private final List<Measurement> measurements;
    private final double seconds;

    public LatencyReport(List<Measurement> measurements, double seconds) {
        this.measurements = List.copyOf(measurements);
        this.seconds = seconds;
    }

    /** Prints the table; true when every kind with a target met it and nothing failed. */
    public boolean print(PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%-28s %8s %6s %8s %8s %8s %8s %8s  %s%n",
                "query",
                "requests",
                "errors",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms",
                "req/s",
                "target (p95)");
        boolean allMet = true;
        for (Map.Entry<QueryKind, List<Measurement>> entry : byKind().entrySet()) {
            allMet &= row(out, entry.getKey(), entry.getValue());
        }
        long errors = errors();
        out.printf(
                Locale.ROOT,
                "%-28s %8d %6d %44s %8.1f%n",
                "all",
                measurements.size(),
                errors,
                "",
                measurements.size() / seconds);
        return allMet && errors == 0;
    }

    public long errors() {
        return measurements.stream().filter(Measurement::failed).count();
    }

    private boolean row(PrintWriter out, QueryKind kind, List<Measurement> rows) {
        Percentiles latency = new Percentiles(rows.stream()
                .mapToLong(m -> Math.round(m.latencyMillis() * 1000))
                .toArray());
        long errors = rows.stream().filter(Measurement::failed).count();
        long p95Micros = latency.at(95);
        String verdict = "-";
        boolean met = true;
        if (kind.p95TargetMillis() > 0) {
            met = p95Micros <= kind.p95TargetMillis() * 1000 && errors == 0;
            verdict = "< " + kind.p95TargetMillis() + " ms " + (met ? "PASS" : "FAIL");
        }
        out.printf(
                Locale.ROOT,
                "%-28s %8d %6d %8.1f %8.1f %8.1f %8.1f %8.1f  %s%n",
                kind.label(),
                rows.size(),
                errors,
                latency.at(50) / 1000.0,
                p95Micros / 1000.0,
                latency.at(99) / 1000.0,
                latency.max() / 1000.0,
                rows.size() / seconds,
                verdict);
        return met;
    }

    private Map<QueryKind, List<Measurement>> byKind() {
        Map<QueryKind, List<Measurement>> byKind = new EnumMap<>(QueryKind.class);
        for (QueryKind kind : QueryKind.values()) {
            List<Measurement> rows =
                    measurements.stream().filter(m -> m.kind() == kind).toList();
            if (!rows.isEmpty()) {
                byKind.put(kind, rows);
            }
        }
        return byKind;
    }

    public void writeCsv(Writer writer) throws IOException {
        writer.write("kind,start_ms,latency_ms,status\n");
        for (Measurement m : measurements) {
            writer.write(String.format(
                    Locale.ROOT,
                    "%s,%.3f,%.3f,%d%n",
                    m.kind().name().toLowerCase(Locale.ROOT),
                    m.startMillis(),
                    m.latencyMillis(),
                    m.status()));
        }
    }
}
