package org.annals.app;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How the commands that print per-document results read their inputs. */
final class ReadOptions {
    @Option(
            names = "--input-format",
            defaultValue = "auto",
            description =
                    "auto (by extension: .txt, .html, .jsonl, .rss, .atom, .warc, .arc) or jsonl (every input is JSON Lines).")
    Sources.InputFormat inputFormat;

    @Option(names = "--max-bytes", defaultValue = "20000000", description = "Largest file read, in bytes.")
    long maxBytes;

    @Mixin
    FileSelectionOptions select = new FileSelectionOptions();

    Sources sources() {
        return new Sources(maxBytes, inputFormat, select.selection());
    }
}
