package org.annals.app;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The date range every filtering command takes: {@code --from} and {@code --to}, both inclusive and optional. */
final class DateRangeOptions {
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
}
