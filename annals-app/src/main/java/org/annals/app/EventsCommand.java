package org.annals.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.core.Modality;
import org.annals.store.EventQuery;
import org.annals.store.EventRow;
import org.annals.store.HappeningRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists stored events, filtered. */
@Command(name = "events", description = "List stored events: who did what to whom, when, where, with evidence.")
final class EventsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data = new DataDirOption();

    @Mixin
    QueryOptions query = new QueryOptions();

    @Option(names = "--actor", paramLabel = "NAME|ID", description = "Events with this actor as source or target.")
    String actor;

    @Option(
            names = "--pair",
            paramLabel = "A,B",
            split = ",",
            description = "Events between two actors, either direction.")
    List<String> pair;

    @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER event type, e.g. CONSULT, AGREE, ACCUSE.")
    String type;

    @Option(names = "--modality", description = "ASSERTED, NEGATED, FUTURE, HYPOTHETICAL or HISTORICAL.")
    Modality modality;

    @Option(names = "--text", paramLabel = "WORDS", description = "Evidence sentence contains these words.")
    String text;

    @Option(
            names = "--distinct",
            description = "One row per real-world happening, however many articles report it, with a"
                    + " mentions/articles column; its evidence and doc are those of its first stored report.")
    boolean distinct;

    private static final List<String> COLUMNS =
            List.of("date", "type", "modality", "source", "target", "place", "evidence", "doc");

    @Override
    public Integer call() {
        EventQuery q = Stores.query(
                () -> new EventQuery(actor, pair, type, modality, query.range.from, query.range.to, text, query.limit));
        Stores.printTable(data.resolve(), query.format, spec.commandLine().getOut(), store -> {
            if (distinct) {
                return happenings(store.happenings(q));
            }
            TablePrinter table = new TablePrinter(COLUMNS);
            store.events(q).forEach(row -> table.add(cells(row), detail(row)));
            return table;
        });
        return Main.OK;
    }

    private static TablePrinter happenings(List<HappeningRow> rows) {
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.add(5, "mentions/articles");
        TablePrinter table = new TablePrinter(columns);
        for (HappeningRow row : rows) {
            List<Object> cells = new ArrayList<>(cells(row.event()));
            cells.add(5, row.mentions() + "/" + row.documents());
            table.add(cells, detail(row.event()));
        }
        return table;
    }

    // The further tellings of the event in its article: "also told in" lines under a table row, as analyze prints
    // them, and a mentions list of {start, end, text} in JSON, as /api/documents/{id} gives them.
    private static TablePrinter.Detail detail(EventRow row) {
        return new TablePrinter.Detail(
                row.mentions().stream()
                        .map(mention -> TextReport.alsoToldIn(mention.text()))
                        .toList(),
                Map.of("mentions", EventMentionsJson.of(row.mentions())));
    }

    private static List<Object> cells(EventRow row) {
        return List.of(
                row.date(),
                row.type() + (row.mode().isEmpty() ? "" : "/" + row.mode()),
                row.modality(),
                String.join(" + ", row.sources()),
                String.join(" + ", row.targets()),
                row.place(),
                row.evidence(),
                row.title().isEmpty() ? row.docId() : row.title());
    }
}
