package org.annals.store;

/** The story a new document joins: its own (similarity 0) or that of the most similar earlier document. */
record StoryLink(String storyId, double similarity) {
    static StoryLink ownStory(String docId) {
        return new StoryLink(docId, 0);
    }
}
