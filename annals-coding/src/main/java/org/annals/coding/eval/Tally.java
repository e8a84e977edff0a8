package org.annals.coding.eval;

/** Event counts at one level: gold events, system events and matched pairs, with micro P, R and F1. */
public record Tally(int gold, int system, int matched) {
    public static final Tally ZERO = new Tally(0, 0, 0);

    public Tally plus(Tally other) {
        return new Tally(gold + other.gold, system + other.system, matched + other.matched);
    }

    /** 0 when the system coded nothing. */
    public double precision() {
        return system == 0 ? 0.0 : (double) matched / system;
    }

    /** 0 when there is no gold. */
    public double recall() {
        return gold == 0 ? 0.0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
