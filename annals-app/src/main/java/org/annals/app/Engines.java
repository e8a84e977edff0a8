package org.annals.app;

import java.nio.file.Path;
import java.util.List;
import org.annals.coding.ActorDictionary;

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
     * An engine of these stages whose actors stage also reads these user actor dictionaries; a bad dictionary is a
     * user error, reported with its file and line. The files are read once before the engine is built, so that the
     * error comes before the models load (the language models' stage comes first).
     */
    static AnnalsEngine withDictionaries(List<String> stages, List<Path> dictionaries) {
        try {
            ActorDictionary.read(dictionaries);
            return new AnnalsEngine(stages, ActorDictionaryOptions.stageOptions(dictionaries));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }
}
