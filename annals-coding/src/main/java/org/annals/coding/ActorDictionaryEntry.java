package org.annals.coding;

import java.util.List;

/** One actor of a user dictionary: the surface forms that name it and the knowledge-base entry they resolve to. */
public record ActorDictionaryEntry(List<String> names, KbEntry entry) {
    public ActorDictionaryEntry {
        names = List.copyOf(names);
    }
}
