package org.annals.coding.eval;

/** How much of an event must agree for a match; each level is scored with its own one-to-one matching. */
public enum Level {
    TYPE("type"),
    ACTORS("type+source+target"),
    DATE("type+source+target+date");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
