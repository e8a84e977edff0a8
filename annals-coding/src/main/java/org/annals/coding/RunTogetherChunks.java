package org.annals.coding;

/**
 * A tagger chunk that holds two names of a user's actor dictionary apart ("White Council in Minas Tirith" tagged
 * as one organisation) is two names the tagger ran together, so each dictionary name in it counts; a chunk with one
 * dictionary name inside a longer name ("Arnor Bank") stays whole, as for built-in names.
 */
final class RunTogetherChunks {
    private final KnowledgeBase kb;
    private final Tree tree;

    RunTogetherChunks(KnowledgeBase kb, Tree tree) {
        this.kb = kb;
        this.tree = tree;
    }

    /** True when the dictionary name at {@code [first, last]} shares its chunk with another dictionary name. */
    boolean holdsAnotherName(int first, int last, KbEntry entry) {
        if (!kb.isFromDictionary(entry)) {
            return false;
        }
        String tag = tree.token(first).ner();
        for (int i = chunkStart(first, tag); i < tree.size() && sameChunk(i, first, tag); i++) {
            if ((i < first || i > last) && dictionaryNameAt(i, first, last, tag)) {
                return true;
            }
        }
        return false;
    }

    private int chunkStart(int index, String tag) {
        int start = index;
        while (start > 0 && sameChunk(start - 1, index, tag)) {
            start--;
        }
        return start;
    }

    private boolean sameChunk(int index, int anchor, String tag) {
        return tree.token(index).ner().equals(tag) && tree.sameSentence(index, anchor);
    }

    private boolean dictionaryNameAt(int start, int first, int last, String tag) {
        StringBuilder surface = new StringBuilder();
        for (int end = start; end < tree.size() && end - start < kb.longestName(); end++) {
            if (!sameChunk(end, start, tag) || (end >= first && start <= last)) {
                return false;
            }
            surface.append(tree.token(end).word());
            if (kb.lookup(surface.toString()).filter(kb::isFromDictionary).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
