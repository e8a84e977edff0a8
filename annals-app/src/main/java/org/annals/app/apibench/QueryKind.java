package org.annals.app.apibench;

/** The kinds of API request the benchmark mixes, with the p95 target the issue sets for each (0: none). */
public enum QueryKind {
    EVENTS_ACTOR("/api/events?actor", 100),
    EVENTS_PAIR("/api/events?pair", 100),
    EVENTS_TYPE_DATES("/api/events?type&from&to", 100),
    RELATIONS_MONTH("/api/relations month", 100),
    RELATIONS_WEEK("/api/relations week", 100),
    DOCUMENTS_SEARCH("/api/documents?q (facets)", 300),
    ACTOR_PROFILE("/api/actors/{id}", 0),
    NETWORK("/api/network", 0);

    private final String label;
    private final long p95TargetMillis;

    QueryKind(String label, long p95TargetMillis) {
        this.label = label;
        this.p95TargetMillis = p95TargetMillis;
    }

    public String label() {
        return label;
    }

    /** 0 when the issue sets no target for this kind. */
    public long p95TargetMillis() {
        return p95TargetMillis;
    }
}
