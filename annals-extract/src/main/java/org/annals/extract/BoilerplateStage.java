package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Layer;
import org.annals.core.Problem;
import org.annals.core.Stage;

/**
 * Sets aside what is not the article: datelines above the story, publisher appeals, newsletter and cookie boxes, share
 * and interface lines, comment counters, photo credits, copyright lines, reader contact lines and the furniture of
 * {@link FurnitureLine} (ad labels, post times, slide counters, editorial notices). Works on text features alone, so plain text
 * is handled like HTML; blocks already classified by the HTML extractor keep their class and only BODY blocks are
 * judged.
 *
 * <p>Appeals are found as regions: one starts at a short header ending in ':' or '...', a salutation, or a block that
 * scores as an appeal on its own ({@link AppealScore}, asking or not yet), and runs until the next clearly article-like paragraph (12+ words, no
 * first- or second-person pronoun outside quotes, no ask). The region is kept when it holds a standalone appeal, or
 * asks for something and scores 5 or more in total; then its weak blocks (pronoun-only paragraphs, button lines such
 * as "Remind me later.") join it, and so do the reader- or publisher-voiced blocks just before it (the pitch before
 * the ask).
 */
public final class BoilerplateStage implements Stage {
    public static final String NAME = "boilerplate";
    private static final int REGION_MIN_TOTAL = 5;
    private static final int ARTICLE_MIN_WORDS = 12;
    private static final int BOX_LINE_WORDS = 8;
    private static final int CONTACT_LINE_WORDS = 30;
    private static final String LEAD_IN = "appeal-lead-in";
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.BLOCKS);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Block> blocks = document.blocks().isEmpty() ? PlainText.lineBlocks(text) : document.blocks();
        Document checked = document;
        List<Block> valid = new ArrayList<>();
        for (Block block : blocks) {
            if (block.span().end() <= text.length()) {
                valid.add(block);
            } else {
                checked = checked.withProblem(
                        new Problem(NAME, "block " + block.span() + " lies outside the text; dropped"));
            }
        }
        return checked.withBlocks(classify(text, valid));
    }

    private static List<Block> classify(String text, List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        List<Integer> body = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).kind() == BlockKind.BODY) {
                body.add(i);
            }
        }
        if (!body.isEmpty()
                && body.get(0) == 0
                && Dateline.matches(out.get(0).span().of(text))) {
            out.set(0, new Block(out.get(0).span(), BlockKind.BOILERPLATE, "dateline"));
            body.remove(0);
        }
        List<TextFeatures> features = new ArrayList<>();
        List<AppealScore> scores = new ArrayList<>();
        TextFeatures[] byBlock = new TextFeatures[out.size()];
        for (int index : body) {
            TextFeatures f = TextFeatures.of(out.get(index).span().of(text));
            features.add(f);
            scores.add(AppealScore.of(f));
            byBlock[index] = f;
        }
        boolean storyStarted = false;
        for (int k = 0; k < body.size(); k++) {
            Block block = out.get(body.get(k));
            String line = block.span().of(text);
            // A date on its own line above the story is the page's dateline; inside the story it may be text.
            if (!storyStarted && Dateline.matches(line)) {
                out.set(body.get(k), new Block(block.span(), BlockKind.BOILERPLATE, "dateline"));
                continue;
            }
            storyStarted |= articleLike(features.get(k), scores.get(k));
            out.set(body.get(k), standalone(block, line, features.get(k), scores.get(k)));
        }
        markAppealRegions(out, body, features, scores);
        joinBoxLines(out, text, byBlock);
        return out;
    }

    private static Block standalone(Block block, String line, TextFeatures f, AppealScore score) {
        if (f.cookie()) {
            return new Block(block.span(), BlockKind.COOKIE, "cookie");
        }
        if (f.newsletter()) {
            return new Block(block.span(), BlockKind.NEWSLETTER, "newsletter");
        }
        if (f.paywall()) {
            return new Block(block.span(), BlockKind.APPEAL, "paywall");
        }
        if (score.standaloneAppeal(f)) {
            return new Block(block.span(), BlockKind.APPEAL, score.reason());
        }
        if (f.share()) {
            return new Block(block.span(), BlockKind.SHARE, "share-line");
        }
        if (f.comment()) {
            return new Block(block.span(), BlockKind.COMMENT, "comment-line");
        }
        if (f.photoCredit()) {
            return new Block(block.span(), BlockKind.CAPTION, "photo-credit");
        }
        if (f.byline()) {
            return new Block(block.span(), BlockKind.BOILERPLATE, "byline");
        }
        if (f.copyright()) {
            return new Block(block.span(), BlockKind.BOILERPLATE, "copyright");
        }
        if (f.uiLine()) {
            return new Block(block.span(), BlockKind.NAVIGATION, "ui-line");
        }
        if (f.secondPerson() > 0
                && f.words() <= CONTACT_LINE_WORDS
                && EMAIL.matcher(line).find()) {
            return new Block(block.span(), BlockKind.BOILERPLATE, "contact-line");
        }
        return FurnitureLine.of(line, f.words())
                .map(reason -> new Block(
                        block.span(), reason.equals("counter") ? BlockKind.NAVIGATION : BlockKind.BOILERPLATE, reason))
                .orElse(block);
    }

    private static void markAppealRegions(
            List<Block> out, List<Integer> body, List<TextFeatures> features, List<AppealScore> scores) {
        int k = 0;
        while (k < body.size()) {
            TextFeatures f = features.get(k);
            BlockKind kind = out.get(body.get(k)).kind();
            boolean starts = (kind == BlockKind.BODY
                            && (f.headerLine()
                                    || f.salutation()
                                    || scores.get(k).value() >= AppealScore.STANDALONE))
                    || kind == BlockKind.APPEAL;
            if (!starts) {
                k++;
                continue;
            }
            int end = k + 1;
            while (end < body.size() && !articleLike(features.get(end), scores.get(end))) {
                // A second header before anything asked: the first was a heading of the article (an interview
                // question), so the region starts again at the second.
                if (features.get(end).headerLine() && !asksWithin(features, k, end)) {
                    k = end;
                }
                end++;
            }
            if (acceptRegion(features, scores, k, end)) {
                for (int m = leadIn(out, body, features, scores, k); m < k; m++) {
                    out.set(body.get(m), new Block(out.get(body.get(m)).span(), BlockKind.APPEAL, LEAD_IN));
                }
                for (int m = k; m < end; m++) {
                    joinRegion(out, body.get(m), features.get(m), scores.get(m));
                }
                k = end;
            } else {
                k++;
            }
        }
    }

    /**
     * Where an accepted region really begins: the BODY blocks just before it that speak to the reader or as the
     * publisher and are not article-like belong to it, as the pitch paragraph before an appeal's question does.
     */
    private static int leadIn(
            List<Block> out, List<Integer> body, List<TextFeatures> features, List<AppealScore> scores, int start) {
        int first = start;
        while (first > 0
                && out.get(body.get(first - 1)).kind() == BlockKind.BODY
                && features.get(first - 1).pronouns()
                && !articleLike(features.get(first - 1), scores.get(first - 1))) {
            first--;
        }
        return first;
    }

    /**
     * A paragraph that ends an appeal region: long, asking nothing, and either free of reader-facing pronouns or
     * scoring at most 1, as an interview answer that says "we" once does.
     */
    private static boolean articleLike(TextFeatures f, AppealScore score) {
        return f.words() >= ARTICLE_MIN_WORDS && !f.asks() && (!f.pronouns() || score.value() <= 1);
    }

    /**
     * Sign-up and appeal boxes come with short lines around their text: a heading before, an e-mail label or a
     * button after ("Don't miss a story", "Your email", "Already a subscriber? Log in"). A short BODY line next to a
     * newsletter or appeal block joins it when it reads like such a line: at most {@value #BOX_LINE_WORDS} words, no
     * sentence-final full stop, or addressed to the reader. Button lines
     * already marked as interface lines join too.
     */
    private static void joinBoxLines(List<Block> out, String text, TextFeatures[] byBlock) {
        // One step only, from the boxes as classified: joined lines, and lead-in lines joined to an appeal region,
        // do not pull in their own neighbours.
        List<BlockKind> boxes = out.stream()
                .map(block -> block.reason().equals(LEAD_IN) ? BlockKind.BODY : block.kind())
                .toList();
        for (int i = 0; i < out.size(); i++) {
            Block block = out.get(i);
            boolean candidate = block.kind() == BlockKind.BODY
                    || (block.kind() == BlockKind.NAVIGATION && block.reason().equals("ui-line"));
            if (!candidate || !boxLine(block.span().of(text), byBlock[i])) {
                continue;
            }
            BlockKind box = boxNeighbour(boxes, i);
            if (box != null) {
                out.set(i, new Block(block.span(), box, "box-line"));
            }
        }
    }

    private static BlockKind boxNeighbour(List<BlockKind> kinds, int i) {
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0
                    && j < kinds.size()
                    && (kinds.get(j) == BlockKind.NEWSLETTER || kinds.get(j) == BlockKind.APPEAL)) {
                return kinds.get(j);
            }
        }
        return null;
    }

    /** {@code known} is the line's features when already computed, else null. */
    private static boolean boxLine(String line, TextFeatures known) {
        TextFeatures f = known != null ? known : TextFeatures.of(line);
        String trimmed = PlainText.trim(line);
        return f.words() > 0
                && f.words() <= BOX_LINE_WORDS
                && (!trimmed.endsWith(".") || f.secondPerson() > 0 || f.uiLine());
    }

    private static boolean asksWithin(List<TextFeatures> features, int from, int to) {
        return features.subList(from, to).stream().anyMatch(TextFeatures::asks);
    }

    private static boolean acceptRegion(List<TextFeatures> features, List<AppealScore> scores, int from, int to) {
        int total = 0;
        boolean asks = false;
        for (int m = from; m < to; m++) {
            if (scores.get(m).standaloneAppeal(features.get(m))) {
                return true;
            }
            total += scores.get(m).value();
            asks |= features.get(m).asks();
        }
        return asks && total >= REGION_MIN_TOTAL;
    }

    private static void joinRegion(List<Block> out, int index, TextFeatures f, AppealScore score) {
        Block block = out.get(index);
        if (block.kind() != BlockKind.BODY
                && block.kind() != BlockKind.APPEAL
                && block.kind() != BlockKind.NAVIGATION) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("appeal-region");
        if (f.headerLine()) {
            reasons.add("header");
        }
        if (f.uiLine()) {
            reasons.add("ui-line");
        }
        if (!score.reasons().isEmpty()) {
            reasons.add(score.reason());
        }
        out.set(index, new Block(block.span(), BlockKind.APPEAL, String.join(",", reasons)));
    }
}
