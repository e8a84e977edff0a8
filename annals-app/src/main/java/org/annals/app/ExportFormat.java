package org.annals.app;

/** What {@code annals export} writes. */
enum ExportFormat {
    JSONL,
    CSV,
    PARQUET,
    GDELT
}
