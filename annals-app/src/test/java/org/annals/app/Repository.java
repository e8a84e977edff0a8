package org.annals.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository from a module's test run. */
final class Repository {
    private Repository() {}

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository's examples/ folder above "
                    + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path seed() {
        return root().resolve("examples/seed/moscow-times-2025-09-02.txt");
    }

    static Path wikinews() {
        return root().resolve("examples/wikinews/wikinews.jsonl");
    }
}
