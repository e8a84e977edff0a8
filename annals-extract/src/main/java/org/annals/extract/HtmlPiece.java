package org.annals.extract;

import org.jsoup.nodes.Element;

/** One block of page text, the element it came from, and how many of its characters were link text. */
record HtmlPiece(String text, Element owner, int linkChars) {
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    /** Words as the spaces separate them; the text is already collapsed to single spaces. */
    int words() {
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            words += text.charAt(i) == ' ' ? 1 : 0;
        }
        return words;
    }
}
