package org.annals.coding;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.core.Layer;
import org.annals.core.Stage;
import org.annals.core.StageFactory;

/**
 * Creates the "actors" stage. Option {@value #DICTIONARIES}: comma-separated paths of user actor dictionaries (see
 * docs/knowledge-base.md) added to the built-in knowledge base; a missing or malformed file fails here, at start.
 */
public final class ActorStageFactory implements StageFactory {
    public static final String DICTIONARIES = "dictionaries";

    @Override
    public String name() {
        return ActorStage.NAME;
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.ACTORS, Layer.MENTIONS);
    }

    @Override
    public Set<String> options() {
        return Set.of(DICTIONARIES);
    }

    @Override
    public Stage create(Map<String, String> options) {
        List<Path> files = Arrays.stream(options.getOrDefault(DICTIONARIES, "").split(","))
                .map(String::strip)
                .filter(path -> !path.isEmpty())
                .map(Path::of)
                .toList();
        return files.isEmpty() ? new ActorStage() : withDictionary(ActorDictionary.read(files));
    }

    /** The stage that also finds the names of a dictionary read already (so that it is read once). */
    public static Stage withDictionary(ActorDictionary dictionary) {
        return new ActorStage(KnowledgeBase.standard().with(dictionary));
    }
}
