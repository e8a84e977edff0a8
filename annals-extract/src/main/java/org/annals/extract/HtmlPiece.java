package org.annals.extract;

import org.jsoup.nodes.Element;

/** One block of page text, the element it came from, and how many of its characters were link text. */
record HtmlPiece(String text, Element owner, int linkChars) {
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    /** The link density with two decimals, rounded half up, as {@code %.2f} writes it; worked out in integers. */
    String linkDensityText() {
        if (text.isEmpty()) {
            return "0.00";
        }
        if (linkChars >= text.length()) {
            return "1.00";
        }
        long hundredths = (200L * linkChars + text.length()) / (2L * text.length());
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }

    /** Whether the text has at least {@code count} words as the spaces separate them (it is single-spaced). */
    boolean hasWords(int count) {
        int words = 1;
        for (int i = 0; i < text.length() && words < count; i++) {
            words += text.charAt(i) == ' ' ? 1 : 0;
        }
        return words >= count;
    }
}
