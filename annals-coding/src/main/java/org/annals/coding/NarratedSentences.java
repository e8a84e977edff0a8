package org.annals.coding;

import java.util.HashMap;
import java.util.Map;

/**
 * The sentence the narration spoke last before a given one. A quotation of several sentences ends in ""...," he
 * said": the sentences wholly inside the marks are the speaker's, so "he" continues the sentence before the
 * quotation ("Omar Haddad, of the Karim council, described ... "The blast was powerful. The building has
 * collapsed," he said"), not a name in the quotation or one further back.
 */
final class NarratedSentences {
    private final Tree tree;
    private final Map<Integer, Boolean> narrated = new HashMap<>();

    NarratedSentences(Tree tree) {
        this.tree = tree;
        for (int i = 0; i < tree.size(); i++) {
            boolean word = tree.token(i).word().codePoints().anyMatch(Character::isLetterOrDigit);
            if (word) {
                narrated.merge(tree.token(i).sentence(), !tree.quoted(i), Boolean::logicalOr);
            }
        }
    }

    /** The nearest sentence before {@code sentence} with a word outside quotation marks; -1 when none. */
    int before(int sentence) {
        int previous = sentence - 1;
        while (previous >= 0 && !narrated.getOrDefault(previous, true)) {
            previous--;
        }
        return previous;
    }
}
