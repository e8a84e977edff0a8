package org.annals.app.apibench;

/** One request of the mix: its kind and its path with the query string, already URL-encoded. */
public record ApiQuery(QueryKind kind, String pathAndQuery) {}
