package org.annals.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annals.coding.ActorDictionary;
import org.annals.coding.ActorStage;
import org.annals.coding.ActorStageFactory;

/** One analysis engine per process: the models are loaded once and shared by every worker thread. */
final class Engines {
    private Engines() {}

    private static final class Holder {
        static final AnnalsEngine STANDARD = AnnalsEngine.standard();
    }

    static AnnalsEngine shared() {
        return Holder.STANDARD;
    }

    /**
     * An engine of these stages whose actors stage also finds the names of these user actor dictionaries; a bad
     * dictionary is a user error, reported with its file and line. The files are read once, before the engine is
     * built, so that the error comes before the models load (the language models' stage comes first), and the
     * actors stage gets what was read.
     */
    static AnnalsEngine withDictionaries(List<String> stages, List<Path> dictionaries) {
        try {
            ActorDictionary dictionary = ActorDictionary.read(dictionaries);
            return new AnnalsEngine(
                    stages, Map.of(), Map.of(ActorStage.NAME, ActorStageFactory.withDictionary(dictionary)));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }
}
