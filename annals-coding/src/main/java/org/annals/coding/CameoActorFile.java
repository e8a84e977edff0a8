package org.annals.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * A CAMEO/PETRARCH actor dictionary as knowledge-base entries: each entry keeps its undated code, else its latest
 * (the actor as today's news knows it); see {@link CameoDictionaryCodes} for what a code becomes.
 */
final class CameoActorFile {
    private CameoActorFile() {}

    static List<ActorDictionaryEntry> read(String file, List<String> lines) {
        List<ActorDictionaryEntry> entries = new ArrayList<>();
        for (CameoDictionaryParser.Entry entry :
                CameoDictionaryParser.read(file, lines, CameoDictionaryParser.CodeChoice.CURRENT)) {
            CameoDictionaryCodes.entry(file, entry.line(), entry.code(), entry.names())
                    .ifPresent(entries::add);
        }
        return entries;
    }
}
