package org.annals.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.annals.store.QuoteQuery;
import org.annals.store.QuoteRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists stored quotes, filtered. */
@Command(name = "quotes", description = "List stored quotes with their speakers.")
final class QuotesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data = new DataDirOption();

    @Mixin
    QueryOptions query = new QueryOptions();

    @Option(
            names = {"--speaker", "--actor"},
            paramLabel = "NAME|ID",
            description = "Quotes by this speaker.")
    String speaker;

    @Option(names = "--text", paramLabel = "WORDS", description = "Quote contains these words.")
    String text;

    @Override
    public Integer call() {
        QuoteQuery q = Stores.query(() -> new QuoteQuery(speaker, text, query.range.from, query.range.to, query.limit));
        Stores.printTable(data.resolve(), query.format, spec.commandLine().getOut(), store -> {
            TablePrinter table = new TablePrinter(List.of("date", "speaker", "kind", "cue", "quote", "events", "doc"));
            for (QuoteRow row : store.quotes(q)) {
                table.add(List.of(
                        row.date(),
                        row.speakerName().isEmpty() ? row.speakerId() : row.speakerName(),
                        row.kind(),
                        row.cue(),
                        row.text(),
                        String.join(" ", row.eventTypes()),
                        row.title().isEmpty() ? row.docId() : row.title()));
            }
            return table;
        });
        return Main.OK;
    }
}
