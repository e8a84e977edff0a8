package org.annals.app;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.core.ActorKind;
import org.annals.store.ActorQuery;
import org.annals.store.ActorRole;
import org.annals.store.ActorRow;
import org.annals.store.AnnalsStore;
import org.annals.store.RoleEvidence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists stored actors, filtered, or one actor's roles over time. */
@Command(
        name = "actors",
        description = "List stored actors with their identity and how often they appear; with --id, one actor's"
                + " roles and affiliations over time with the sentences that state them.")
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

    @Option(
            names = "--id",
            paramLabel = "ID",
            description = "Show this actor's roles and affiliations over time, oldest first: one row per evidence"
                    + " sentence (at most --limit per role), e.g. person:vladimir-putin.")
    String id;

    @Override
    public Integer call() {
        // Built first in either use, so that a bad --limit is refused the same way.
        ActorQuery q = Stores.query(() -> new ActorQuery(name, kind, country, limit));
        if (id != null) {
            if (name != null || kind != null || country != null) {
                throw new UserException("--id shows one actor; leave out --name, --kind and --country");
            }
            Stores.printTable(data.resolve(), format, spec.commandLine().getOut(), store -> roles(store, id, limit));
            return Main.OK;
        }
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

    private static TablePrinter roles(AnnalsStore store, String id, int evidencePerRole) {
        if (store.actorProfile(id, 1).get("actor").rows().isEmpty()) {
            throw new UserException("no actor with id '" + id + "'; find ids with `annals actors --name TEXT`");
        }
        TablePrinter table = new TablePrinter(List.of(
                "role",
                "country",
                "organisation",
                "first_seen",
                "last_seen",
                "documents",
                "published",
                "evidence",
                "doc_id",
                "start_offset",
                "end_offset"));
        for (ActorRole role : store.actorRoles(id, evidencePerRole)) {
            for (RoleEvidence evidence : role.evidence()) {
                table.add(Arrays.asList(
                        role.role(),
                        role.country(),
                        role.organisationName(),
                        role.firstSeen(),
                        role.lastSeen(),
                        role.documents(),
                        evidence.published(),
                        evidence.sentence(),
                        evidence.docId(),
                        evidence.startOffset(),
                        evidence.endOffset()));
            }
        }
        return table;
    }
}
