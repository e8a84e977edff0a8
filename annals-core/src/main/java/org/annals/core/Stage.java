package org.annals.core;

import java.util.Set;

/**
 * One step of analysis: a pure function from a Document to a richer Document. A stage declares the layers it reads
 * and the layers it fills; {@link Pipeline} checks these when it is built. Implementations must be safe to call from
 * several threads at once: heavy state is loaded in the constructor and never mutated afterwards.
 */
public interface Stage {
    /** A stable, lower-case name such as {@code "boilerplate"}; used in configuration and error messages. */
    String name();

    /** Bumped when the stage's output for the same input changes. */
    default String version() {
        return "1";
    }

    Set<Layer> requires();

    Set<Layer> produces();

    Document apply(Document document);
}
