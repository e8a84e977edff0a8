package org.annals.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.ContentHash;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.annals.core.Span;

/**
 * Synthetic syndicated copies of a real article, made the way newsrooms re-publish wire copy: the same text under a
 * new dateline, inside another site's donation appeals, or with a few words edited. They are not real syndication
 * data; Wikinews has none.
 */
final class SyntheticCopies {
    static final String APPEAL_BEFORE = "Independent journalism needs your support. Our reporters work without"
            + " a paywall because readers like you chip in every month. Please donate today and help us keep"
            + " reporting the stories that matter to you and your community.";
    static final String APPEAL_AFTER = "Sign up for our morning newsletter to get the day's most important"
            + " stories delivered to your inbox, and follow us on social media. Become a member and support our"
            + " newsroom with a monthly gift of any size.";

    private SyntheticCopies() {}

    /** The article under a wire dateline instead of its own first line. */
    static Document redatelined(Document original) {
        String text = original.text();
        int firstLineEnd = text.indexOf('\n');
        String body = firstLineEnd < 0 ? text : text.substring(firstLineEnd + 1);
        return copy(original, "WASHINGTON, (Global Wire) — " + body.strip(), "Global Wire", List.of());
    }

    /** The article as a BODY block between two APPEAL blocks of another publisher. */
    static Document withAppeals(Document original) {
        String body = original.text();
        String text = APPEAL_BEFORE + "\n\n" + body + "\n\n" + APPEAL_AFTER;
        int bodyStart = APPEAL_BEFORE.length() + 2;
        int afterStart = bodyStart + body.length() + 2;
        List<Block> blocks = List.of(
                new Block(new Span(0, APPEAL_BEFORE.length()), BlockKind.APPEAL, "donate imperative"),
                new Block(new Span(bodyStart, bodyStart + body.length()), BlockKind.BODY, ""),
                new Block(new Span(afterStart, text.length()), BlockKind.APPEAL, "newsletter"));
        return copy(original, text, "Community Courier", blocks);
    }

    /** The article with {@code edits} words, spread evenly, replaced by a copy editor's choices. */
    static Document edited(Document original, int edits) {
        String text = original.text();
        List<int[]> words = new ArrayList<>();
        Matcher word = Pattern.compile("\\p{L}{4,}").matcher(text);
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        StringBuilder edited = new StringBuilder(text);
        for (int i = edits; i >= 1; i--) {
            int[] at = words.get(i * words.size() / (edits + 1));
            edited.replace(at[0], at[1], "reportedly");
        }
        return copy(original, edited.toString(), "Regional Times", List.of());
    }

    private static Document copy(Document original, String text, String publisher, List<Block> blocks) {
        Metadata m = original.metadata();
        Metadata metadata = new Metadata(
                "https://copies.example/" + ContentHash.sha256(text).substring(0, 12),
                publisher,
                m.title(),
                m.published(),
                m.language());
        return Document.of(ContentHash.sha256(text), new Provenance("synthetic", "text", "", ""), metadata, text)
                .withBlocks(blocks);
    }
}
