package org.annals.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.annals.coding.CameoActorCodes;
import org.annals.coding.CameoMapping;
import org.annals.core.Modality;
import org.annals.store.AnnalsStore;
import org.annals.store.ExportQuery;
import org.annals.store.ExportSink;
import org.annals.store.ExportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes stored events, quotes or actors as JSON Lines, CSV, Parquet or GDELT event rows, streaming. */
@Command(
        name = "export",
        description = {
            "Export stored events, quotes or actors as JSON Lines, CSV, Parquet, or GDELT 2.0 event rows.",
            "Rows are written as they are read, so exports of any size run in constant memory."
        })
final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data = new DataDirOption();

    @Option(
            names = "--format",
            required = true,
            description = "jsonl, csv, parquet (needs --output) or gdelt (events only; GDELT 2.0 event table).")
    ExportFormat format;

    @Option(names = "--table", defaultValue = "events", description = "events, quotes or actors (default: events).")
    ExportTable table;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--header", description = "gdelt: start with a line of the column names.")
    boolean header;

    @Option(names = "--actor", paramLabel = "NAME|ID", description = "Events with this actor; quotes by this speaker.")
    String actor;

    @Option(names = "--pair", paramLabel = "A,B", split = ",", description = "Events between two actors.")
    List<String> pair;

    @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER event type, e.g. CONSULT.")
    String type;

    @Option(names = "--modality", description = "ASSERTED, NEGATED, FUTURE, HYPOTHETICAL or HISTORICAL.")
    Modality modality;

    @Mixin
    DateRangeOptions range = new DateRangeOptions();

    @Option(names = "--place", paramLabel = "NAME|ID", description = "Events whose place contains this.")
    String place;

    @Option(names = "--text", paramLabel = "WORDS", description = "Evidence sentence (quote) contains these words.")
    String text;

    @Option(
            names = "--memory-limit",
            paramLabel = "SIZE",
            defaultValue = "512MB",
            description = "Memory the database may use while exporting, e.g. 256MB or 2GB; larger sorts spill to"
                    + " disk (default: ${DEFAULT-VALUE}).")
    String memoryLimit;

    private static final Pattern MEMORY_SIZE = Pattern.compile("[1-9][0-9]*(MB|GB)");

    @Override
    public Integer call() {
        checkOptions();
        ExportQuery query = Stores.query(
                () -> new ExportQuery(table, actor, pair, type, modality, range.from, range.to, place, text));
        long started = System.nanoTime();
        long rows;
        try (AnnalsStore store = Stores.openReadOnly(data.resolve(), memoryLimit)) {
            rows = format == ExportFormat.PARQUET ? store.exportParquet(query, output) : stream(store, query);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine()
                .getErr()
                .printf(
                        Locale.ROOT,
                        "Exported %d %s as %s to %s in %.1f s.%n",
                        rows,
                        table.name().toLowerCase(Locale.ROOT),
                        format.name().toLowerCase(Locale.ROOT),
                        output == null ? "standard output" : output,
                        seconds);
        return Main.OK;
    }

    private void checkOptions() {
        if (!MEMORY_SIZE.matcher(memoryLimit).matches()) {
            throw new UserException(
                    "--memory-limit must be a whole number of MB or GB, e.g. 512MB or 2GB; got " + memoryLimit);
        }
        if (format == ExportFormat.PARQUET && output == null) {
            throw new UserException("--format parquet needs --output FILE: DuckDB writes Parquet to a file, and a"
                    + " Parquet file cannot be streamed to standard output (its index is written at the end)");
        }
        if (format == ExportFormat.GDELT && table != ExportTable.EVENTS) {
            throw new UserException("--format gdelt writes the GDELT event table, so it exports --table events only;"
                    + " use jsonl, csv or parquet for " + table.name().toLowerCase(Locale.ROOT));
        }
        if (header && format != ExportFormat.GDELT) {
            throw new UserException("--header applies to --format gdelt only (csv always has a header line,"
                    + " jsonl and parquet name their fields)");
        }
    }

    private long stream(AnnalsStore store, ExportQuery query) {
        try {
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                long rows = store.export(query, sink(out));
                out.flush();
                return rows;
            }
            try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                return store.export(query, sink(file));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserException(
                    "could not write the export to " + (output == null ? "standard output" : output.toString()) + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private ExportSink sink(Writer out) throws IOException {
        Writer buffered = out instanceof BufferedWriter || out instanceof PrintWriter ? out : new BufferedWriter(out);
        return switch (format) {
            case JSONL -> new JsonlExportSink(buffered);
            case CSV -> new CsvExportSink(buffered);
            case GDELT -> new GdeltExportSink(buffered, header, CameoMapping.standard(), CameoActorCodes.standard());
            case PARQUET -> throw new IllegalStateException("parquet is written by DuckDB, not streamed");
        };
    }
}
