package org.annals.coding.eval;

/** A gold event (index into the article's gold list) matched to a system event (index into its system list). */
public record Pair(int gold, int system, PairCheck check) {}
