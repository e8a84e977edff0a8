package org.annals.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long an actor's roles take on a store of {@code annals.bench.affiliations} affiliation rows (default
 * 1,000,000) over 200,000 documents and 20,000 actors, one of which holds a tenth of all rows. Not a test: run it
 * with {@code -Dtest=ActorRolesBenchmark -Dannals.bench=true} and read the printed lines.
 */
@EnabledIfSystemProperty(named = "annals.bench", matches = "true")
class ActorRolesBenchmark {
    private static final int DOCUMENTS = 200_000;
    private static final int ACTORS = 20_000;
    private static final int RUNS = 20;

    @TempDir
    Path dataDir;

    @Test
    void rolesOfAHeavyAndATypicalActor() throws Exception {
        long rows = Long.getLong("annals.bench.affiliations", 1_000_000L);
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.summit());
        }
        try (Connection connection = Database.open(dataDir, false);
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO documents (id, title, published, text) SELECT 'doc' || i, 'Title ' || i,"
                    + " DATE '2019-01-01' + CAST(i % 2500 AS INTEGER), 'text' FROM range(" + DOCUMENTS + ") t(i)");
            // Every tenth row is the heavy actor's; the rest spread over the others. Roles change with time.
            statement.execute("INSERT INTO affiliations SELECT CASE WHEN i % 10 = 0 THEN 'person:heavy'"
                    + " ELSE 'person:p' || (i % " + ACTORS + ") END, 'role ' || (i % 7), 'C' || (i % 3), 'GOV',"
                    + " CASE WHEN i % 5 = 0 THEN 'org:o' || (i % 11) ELSE '' END, 'doc' || (i % " + DOCUMENTS
                    + "), DATE '2019-01-01' + CAST(i % 2500 AS INTEGER), 0, 10, 0, 40,"
                    + " 'A sentence stating the role of the actor.' FROM range(" + rows + ") t(i)");
        }
        try (AnnalsStore store = AnnalsStore.openReadOnly(dataDir)) {
            time(store, "person:heavy", rows / 10);
            time(store, "person:p1234", rows * 9 / 10 / ACTORS);
        }
    }

    /** The median of the runs, since the machine may be busy with other work for some of them. */
    private static void time(AnnalsStore store, String id, long actorRows) {
        int roles = store.actorRoles(id, 3).size();
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            store.actorRoles(id, 3);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.println(String.format(
                Locale.ROOT,
                "actorRoles %s (%d rows, %d roles): median %.1f ms, fastest %.1f ms per call",
                id,
                actorRows,
                roles,
                nanos[RUNS / 2] / 1e6,
                nanos[0] / 1e6));
    }
}
