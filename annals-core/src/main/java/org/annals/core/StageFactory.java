package org.annals.core;

import java.util.Map;
import java.util.Set;

/**
 * Creates a {@link Stage} by name. Factories are found with {@link java.util.ServiceLoader}, so a pipeline can be
 * configured by stage names and a missing layer can be explained by naming the stage that provides it.
 */
public interface StageFactory {
    String name();

    Set<Layer> produces();

    /** Options this stage accepts; any other key is a configuration error. */
    default Set<String> options() {
        return Set.of();
    }

    Stage create(Map<String, String> options);
}
