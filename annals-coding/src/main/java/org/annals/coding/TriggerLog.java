package org.annals.coding;

/** Where the coder tells why a word it read coded no event; silent unless someone asks why. */
interface TriggerLog {
    TriggerLog NONE = new TriggerLog() {
        @Override
        public void dropped(int word, String reason, String detail) {}

        @Override
        public void untriggered(int word) {}
    };

    /** A trigger whose event the coder gave up, for {@code reason}, about the word {@code detail} (may be empty). */
    void dropped(int word, String reason, String detail);

    /** A token of an article block that the coder read as no trigger. */
    void untriggered(int word);
}
