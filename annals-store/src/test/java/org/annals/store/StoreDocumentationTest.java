package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/store.md is the contract users query against: it must name every column and its examples must run. */
class StoreDocumentationTest {
    private static final Path DOC = Path.of("..", "docs", "store.md");

    @TempDir
    Path dataDir;

    @Test
    void everyColumnOfEveryTableAndTheViewIsDocumentedUnderItsHeading() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            List<List<Object>> columns = store.sql("SELECT table_name, column_name FROM information_schema.columns"
                            + " WHERE table_name <> 'annals_meta' ORDER BY table_name, ordinal_position")
                    .rows();
            List<String> missing = new ArrayList<>();
            for (List<Object> row : columns) {
                String table = (String) row.get(0);
                String section = section(doc, table);
                if (!section.contains("| `" + row.get(1) + "` |")) {
                    missing.add(table + "." + row.get(1));
                }
            }
            assertTrue(missing.isEmpty(), "undocumented columns: " + missing);
            assertTrue(columns.size() > 80, "the schema query returned " + columns.size() + " columns");
        }
    }

    @Test
    void theDocumentedExamplesRun() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String block = doc.substring(doc.indexOf("```sql") + 6, doc.indexOf("```", doc.indexOf("```sql") + 6));
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.summit());
            store.put(Fixtures.accusation());
            int ran = 0;
            for (String statement : block.split(";")) {
                if (!statement.strip().isEmpty()) {
                    assertTrue(!store.sql(statement).rows().isEmpty(), "no rows from: " + statement);
                    ran++;
                }
            }
            assertTrue(ran >= 4, "ran " + ran + " examples");
        }
    }

    private static String section(String doc, String table) {
        int start = Math.max(doc.indexOf("### " + table + "\n"), doc.indexOf("## View: " + table + "\n"));
        if (start < 0) {
            return "";
        }
        int end = doc.indexOf("\n#", start + 1);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }
}
