package org.annals.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;

/** The stage factories on the class path, by name. */
public final class StageRegistry {
    private final Map<String, StageFactory> factories;

    private StageRegistry(Map<String, StageFactory> factories) {
        this.factories = factories;
    }

    public static StageRegistry fromClassPath() {
        Map<String, StageFactory> byName = new TreeMap<>();
        for (StageFactory factory : ServiceLoader.load(StageFactory.class)) {
            byName.put(factory.name(), factory);
        }
        return new StageRegistry(byName);
    }

    public static StageRegistry of(List<StageFactory> list) {
        Map<String, StageFactory> byName = new TreeMap<>();
        list.forEach(f -> byName.put(f.name(), f));
        return new StageRegistry(byName);
    }

    public List<String> names() {
        return List.copyOf(factories.keySet());
    }

    /** Creates the named stage, failing with the valid names or options when the configuration is wrong. */
    public Stage create(String name, Map<String, String> options) {
        StageFactory factory = factories.get(name);
        if (factory == null) {
            throw new IllegalArgumentException(
                    "unknown stage '" + name + "'; valid stages: " + String.join(", ", names()));
        }
        for (String key : options.keySet()) {
            if (!factory.options().contains(key)) {
                throw new IllegalArgumentException("stage '" + name + "' has no option '" + key + "'; valid options: "
                        + (factory.options().isEmpty() ? "none" : String.join(", ", new TreeSet<>(factory.options()))));
            }
        }
        return factory.create(options);
    }

    /** The names of the stages that produce {@code layer}. */
    public List<String> providersOf(Layer layer) {
        return factories.values().stream()
                .filter(f -> f.produces().contains(layer))
                .map(StageFactory::name)
                .toList();
    }

    public Optional<StageFactory> factory(String name) {
        return Optional.ofNullable(factories.get(name));
    }
}
