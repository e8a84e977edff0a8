package org.annals.nlp.eval;

import java.util.Locale;

/** Precision, recall and F1 from counts: {@code correctPredicted} of {@code predicted}, {@code found} of {@code gold}. */
public record Prf(int correctPredicted, int predicted, int found, int gold) {
    public double precision() {
        return predicted == 0 ? 0 : (double) correctPredicted / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** "0.912 (52/57)  0.800 (52/65)  0.852". */
    public String format() {
        return String.format(
                Locale.ROOT,
                "%.3f (%d/%d)  %.3f (%d/%d)  %.3f",
                precision(),
                correctPredicted,
                predicted,
                recall(),
                found,
                gold,
                f1());
    }
}
