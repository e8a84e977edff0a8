package org.annals.app;

import java.util.concurrent.Callable;
import org.annals.store.AnnalsStore;
import org.annals.store.TableResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Read-only SQL over the store's documented tables. */
@Command(
        name = "sql",
        description = {
            "Run read-only SQL (DuckDB dialect) over the store.",
            "Tables: documents, blocks, mentions, actors, document_actors, times, quantities, quotes, events,",
            "event_actors and the view event_pairs; columns are described in docs/store.md."
        })
final class SqlCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data = new DataDirOption();

    @Parameters(paramLabel = "SQL", description = "One SELECT (or WITH, DESCRIBE, SHOW) statement.")
    String sql;

    @Option(names = "--format", defaultValue = "table", description = "table, json (JSON Lines) or csv.")
    OutputFormat format;

    @Option(
            names = "--max-rows",
            defaultValue = "1000",
            description = "At most this many rows (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Override
    public Integer call() {
        try (AnnalsStore store = Stores.openReadOnly(data.resolve())) {
            TableResult result;
            try {
                result = store.sql(sql, maxRows);
            } catch (RuntimeException e) {
                throw new UserException("SQL failed: " + ErrorMessages.describe(e), e);
            }
            TablePrinter table = new TablePrinter(result.columns());
            result.asStrings().forEach(table::add);
            table.print(format, spec.commandLine().getOut());
            if (result.truncated()) {
                spec.commandLine().getErr().println("annals: output stopped at " + maxRows + " rows; raise --max-rows");
            }
        }
        return Main.OK;
    }
}
