package org.annals.app;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options every query command shares: output format, date range and row limit. */
final class QueryOptions {
    @Option(names = "--format", defaultValue = "table", description = "table, json (JSON Lines) or csv.")
    OutputFormat format;

    @Option(
            names = "--from",
            paramLabel = "YYYY-MM-DD",
            converter = MetadataOptions.DateConverter.class,
            description = "Only on or after this date.")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "YYYY-MM-DD",
            converter = MetadataOptions.DateConverter.class,
            description = "Only on or before this date.")
    LocalDate to;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
    int limit;
}
