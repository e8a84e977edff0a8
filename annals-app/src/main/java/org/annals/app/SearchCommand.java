package org.annals.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.annals.store.AnnalsStore;
import org.annals.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Full-text search over stored documents. */
@Command(name = "search", description = "Full-text search of stored documents (Lucene query syntax).")
final class SearchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data = new DataDirOption();

    @Parameters(paramLabel = "QUERY", description = "e.g. 'gas AND China', '\"military parade\"', 'title:putin'.")
    String queryText;

    @Option(names = "--format", defaultValue = "table", description = "table, json (JSON Lines) or csv.")
    OutputFormat format;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        try (AnnalsStore store = Stores.openReadOnly(data.resolve())) {
            List<SearchHit> hits;
            try {
                hits = store.search(queryText, limit);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            TablePrinter table = new TablePrinter(List.of("score", "title", "snippet", "doc"));
            hits.forEach(h -> table.add(List.of(
                    String.format(java.util.Locale.ROOT, "%.2f", h.score()), h.title(), h.snippet(), h.docId())));
            table.print(format, spec.commandLine().getOut());
        }
        return Main.OK;
    }
}
