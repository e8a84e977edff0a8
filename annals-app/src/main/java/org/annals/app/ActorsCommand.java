package org.annals.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.annals.core.ActorKind;
import org.annals.store.ActorQuery;
import org.annals.store.ActorRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists stored actors, filtered. */
@Command(name = "actors", description = "List stored actors with their identity and how often they appear.")
final class ActorsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data = new DataDirOption();

    @Option(names = "--format", defaultValue = "table", description = "table, json (JSON Lines) or csv.")
    OutputFormat format;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = {"--name", "--actor"},
            paramLabel = "TEXT",
            description = "Name or id contains this text.")
    String name;

    @Option(names = "--kind", description = "PERSON, COUNTRY, GOVERNMENT, ORGANISATION, IGO, REGION or GROUP.")
    ActorKind kind;

    @Option(names = "--country", paramLabel = "ISO3", description = "ISO 3166 alpha-3 country code, e.g. RUS.")
    String country;

    @Override
    public Integer call() {
        ActorQuery q = Stores.query(() -> new ActorQuery(name, kind, country, limit));
        Stores.printTable(data.resolve(), format, spec.commandLine().getOut(), store -> {
            TablePrinter table = new TablePrinter(
                    List.of("id", "name", "kind", "country", "role", "sector", "documents", "mentions", "events"));
            for (ActorRow row : store.actors(q)) {
                table.add(List.of(
                        row.id(),
                        row.name(),
                        row.kind(),
                        row.country(),
                        row.role(),
                        row.sector(),
                        row.documents(),
                        row.mentions(),
                        row.events()));
            }
            return table;
        });
        return Main.OK;
    }
}
