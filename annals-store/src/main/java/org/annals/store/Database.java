package org.annals.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/** Opening DuckDB and explaining its lock conflicts in Annals terms. */
final class Database {
    /** The driver's switch for handing rows over chunk by chunk as the query produces them. */
    static final String STREAM_RESULTS = "jdbc_stream_results";

    private Database() {}

    static Connection open(Path dataDir, boolean readOnly) throws SQLException {
        return open(dataDir, readOnly, "");
    }

    /** {@code memoryLimit}: DuckDB's memory_limit setting, or empty for its default. */
    static Connection open(Path dataDir, boolean readOnly, String memoryLimit) throws SQLException {
        Properties properties = new Properties();
        if (!memoryLimit.isEmpty()) {
            properties.setProperty("memory_limit", memoryLimit);
        }
        if (readOnly) {
            properties.setProperty("duckdb.read_only", "true");
            // Without it the driver materialises a whole result before the first row: gigabytes for an export.
            properties.setProperty(STREAM_RESULTS, "true");
        }
        String url = "jdbc:duckdb:" + dataDir.resolve(AnnalsStore.DATABASE_FILE).toAbsolutePath();
        return DriverManager.getConnection(url, properties);
    }

    /** A second connection to the same database, so reads never see or disturb the writer's open transaction. */
    static Connection duplicate(Connection connection) throws SQLException {
        return connection.unwrap(DuckDBConnection.class).duplicate();
    }

    static boolean isLockConflict(String message) {
        return message.contains("Could not set lock") || message.contains("different configuration");
    }

    /**
     * Explains a DuckDB lock conflict. A writer already holds annals.lock when it opens DuckDB, so its conflict is
     * with a reader; a reader's conflict is with the writer named in annals.lock.
     */
    static String lockConflictMessage(Path dataDir, boolean forWriting, String driverMessage) {
        String pid = pidIn(driverMessage);
        String user;
        if (forWriting) {
            user = pid.isEmpty() ? "a reader in this process" : "pid " + pid + ", which is reading it";
        } else {
            user = StoreLock.heldInThisJvm(dataDir).orElseGet(() -> StoreLock.holderOf(dataDir));
            if (user.equals(StoreLock.UNKNOWN_HOLDER) && !pid.isEmpty()) {
                user = "pid " + pid;
            }
            user = user + ", which is writing it";
        }
        return "cannot open the Annals store in " + dataDir + (forWriting ? " for writing" : " for reading")
                + ": it is in use by " + user + "; DuckDB allows either one writer or any number of readers at a"
                + " time, so wait for that process to finish (an `annals ingest` in progress, or a query still"
                + " running) and try again";
    }

    private static String pidIn(String message) {
        int at = message.indexOf("(PID ");
        if (at < 0) {
            return "";
        }
        int end = message.indexOf(')', at);
        return end < 0 ? "" : message.substring(at + 5, end).strip();
    }
}
