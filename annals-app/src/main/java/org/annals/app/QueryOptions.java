package org.annals.app;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every query command shares: output format, date range and row limit. */
final class QueryOptions {
    @Option(names = "--format", defaultValue = "table", description = "table, json (JSON Lines) or csv.")
    OutputFormat format;

    @Mixin
    DateRangeOptions range = new DateRangeOptions();

    @Option(names = "--limit", defaultValue = "50", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
    int limit;
}
