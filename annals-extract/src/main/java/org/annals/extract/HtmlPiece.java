package org.annals.extract;

import org.jsoup.nodes.Element;

/** One block of page text, the element it came from, and how many of its characters were link text. */
record HtmlPiece(String text, Element owner, int linkChars) {
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }
}
