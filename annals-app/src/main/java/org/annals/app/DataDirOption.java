package org.annals.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by the commands that use the store. */
final class DataDirOption {
    static final String ENV = "ANNALS_DATA";

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where the store lives (default: $" + ENV + " or ./annals-data).")
    Path dataDir;

    Path resolve() {
        if (dataDir != null) {
            return dataDir;
        }
        String fromEnv = System.getenv(ENV);
        return Path.of(fromEnv == null || fromEnv.isBlank() ? "annals-data" : fromEnv);
    }
}
