package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadOnlySqlTest {
    @Test
    void readingStatementsPass() {
        assertDoesNotThrow(() -> ReadOnlySql.check("select * from events"));
        assertDoesNotThrow(() -> ReadOnlySql.check("/* top */ WITH x AS (SELECT 1) SELECT * FROM x;"));
        assertDoesNotThrow(() -> ReadOnlySql.check("(SELECT 1) UNION (SELECT 2)"));
        assertDoesNotThrow(() -> ReadOnlySql.check("DESCRIBE events"));
        assertDoesNotThrow(() -> ReadOnlySql.check("SELECT 'a;b', \"odd;name\" FROM t -- trailing ; comment"));
    }

    @Test
    void writingStatementsAreRefusedByName() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ReadOnlySql.check("delete from events"));
        assertTrue(e.getMessage().startsWith("annals sql is read-only: DELETE statements are refused"), e.getMessage());
        assertTrue(e.getMessage().contains("event_pairs"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReadOnlySql.check("ATTACH 'x.db'"));
        assertThrows(IllegalArgumentException.class, () -> ReadOnlySql.check("COPY events TO 'x.csv'"));
    }

    @Test
    void secondStatementsAreRefusedEvenAfterQuotes() {
        assertThrows(IllegalArgumentException.class, () -> ReadOnlySql.check("SELECT 1; DELETE FROM events"));
        assertThrows(IllegalArgumentException.class, () -> ReadOnlySql.check("SELECT ';'; DROP TABLE events"));
        assertThrows(IllegalArgumentException.class, () -> ReadOnlySql.check("SELECT 1;'x'"));
        assertThrows(IllegalArgumentException.class, () -> ReadOnlySql.check("   "));
    }
}
