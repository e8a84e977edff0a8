package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.Quote;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * Statements printed after a credit that ends its paragraph with a colon, as news releases print them ("The Foreign
 * Secretary Philip Hammond said:", "X released the following statement:"). The paragraphs after the credit are one
 * direct quote of the credited speaker (docs/quote-annotation.md), whether they stand without quotation marks or each
 * in its own marks, up to a paragraph that is a new attribution, speaks of the speaker in the third person, is a
 * heading or list item, or is no article body, or to the end of the text.
 */
final class ColonStatements {
    // "released the following statement:", "provided a statement:": a verb of handing over whose object is the words.
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "comment", "remark", "message");
    private static final Set<String> COMPLEMENTS = Set.of("ccomp", "xcomp", "parataxis", "csubj");
    private static final Set<String> REPORTED_CLAUSES = Set.of("ccomp", "parataxis");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");
    private static final String CLOSING_MARKS = "\"”’'";
    private static final String OPENING_MARKS = "\"“‘";
    private static final String LIST_MARKERS = "-–—•*·";

    /** Makes the stage's direct quote of a statement, dated and with its cue named as the stage names cues. */
    @FunctionalInterface
    interface DirectQuotes {
        Quote of(Span span, Mention speaker, Token cue);
    }

    private final Document document;
    private final Predicate<Token> isCue;
    private final Function<Token, Optional<Mention>> speakerOf;
    private final DirectQuotes direct;

    private ColonStatements(
            Document document,
            Predicate<Token> isCue,
            Function<Token, Optional<Mention>> speakerOf,
            DirectQuotes direct) {
        this.document = document;
        this.isCue = isCue;
        this.speakerOf = speakerOf;
        this.direct = direct;
    }

    /**
     * The quotes with each statement after a colon credit as one direct quote of the credited speaker, in place of the
     * quotes found inside its paragraphs (the marked paragraphs it joins, clauses read as others' speech within it).
     */
    static List<Quote> credit(
            Document document,
            List<Quote> quotes,
            Predicate<Token> isCue,
            Function<Token, Optional<Mention>> speakerOf,
            DirectQuotes direct) {
        return new ColonStatements(document, isCue, speakerOf, direct).credit(quotes);
    }

    private List<Quote> credit(List<Quote> quotes) {
        List<Quote> result = new ArrayList<>(quotes);
        List<Block> blocks = document.blocks();
        for (int at = 0; at < blocks.size() - 1; at++) {
            Block creditBlock = blocks.get(at);
            if (creditBlock.kind() != BlockKind.BODY) {
                continue;
            }
            Optional<Token> cue = creditCue(creditBlock);
            Optional<Mention> speaker = cue.flatMap(speakerOf);
            if (speaker.isPresent()) {
                statement(blocks, at + 1, speaker.get(), result)
                        .ifPresent(statement -> replaceWithin(
                                result, statement, direct.of(statement.words(), speaker.get(), cue.get())));
            }
        }
        result.sort((a, b) -> a.span().compareTo(b.span()));
        return result;
    }

    /**
     * The cue of a paragraph that ends with a colon closing its last sentence: the sentence's main verb when it is a
     * speech verb or hands over a statement, with no reported clause of its own before the colon ("said the schedule
     * is as follows:" introduces a list, not a statement).
     */
    private Optional<Token> creditCue(Block block) {
        List<Token> inBlock = tokensIn(block.span());
        if (inBlock.size() < 3 || !inBlock.get(inBlock.size() - 1).word().equals(":")) {
            return Optional.empty();
        }
        Token colon = inBlock.get(inBlock.size() - 1);
        List<Token> sentence =
                inBlock.stream().filter(t -> t.sentence() == colon.sentence()).toList();
        return sentence.stream()
                .filter(t -> t.isVerb() && isLastOfMainVerbs(sentence, t))
                .filter(verb -> isCue.test(verb) || handsOverStatement(sentence, verb))
                .filter(verb ->
                        sentence.stream().noneMatch(t -> t.head() == verb.index() && COMPLEMENTS.contains(t.deprel())))
                .findFirst();
    }

    /**
     * "Ruiz visited the port and said:": of the main verb and the verbs joined to it, the last one introduces what
     * follows the colon ("said no more and left:" introduces nothing said).
     */
    private static boolean isLastOfMainVerbs(List<Token> sentence, Token verb) {
        int root = verb.deprel().equals("root") ? verb.index() : verb.head();
        boolean main = verb.deprel().equals("root")
                || verb.deprel().equals("conj")
                        && sentence.stream()
                                .anyMatch(t -> t.index() == root && t.deprel().equals("root"));
        return main
                && sentence.stream()
                        .noneMatch(t -> t.index() > verb.index()
                                && t.isVerb()
                                && t.deprel().equals("conj")
                                && t.head() == root);
    }

    private static boolean handsOverStatement(List<Token> sentence, Token verb) {
        return sentence.stream()
                .anyMatch(t -> t.head() == verb.index()
                        && t.deprel().equals("obj")
                        && STATEMENT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)));
    }

    /** A statement's words (without marks and blank space around them) and the paragraphs that hold them. */
    private record Statement(Span words, Span paragraphs) {}

    /** The statement that starts at block {@code first}, if its first paragraph is one. */
    private Optional<Statement> statement(List<Block> blocks, int first, Mention speaker, List<Quote> quotes) {
        boolean marked = opensWithMark(blocks.get(first));
        Statement whole = null;
        for (int at = first; at < blocks.size(); at++) {
            int last = marked ? lastLineOfQuoteOpening(blocks, at, quotes) : at;
            Block block = new Block(
                    new Span(
                            blocks.get(at).span().start(),
                            blocks.get(last).span().end()),
                    BlockKind.BODY,
                    "");
            if (!allBody(blocks, at, last) || !goesOn(block, speaker, marked, quotes, at == first)) {
                break;
            }
            at = last;
            Span words = trimmed(block.span(), marked);
            whole = whole == null
                    ? new Statement(words, block.span())
                    : new Statement(
                            new Span(whole.words().start(), words.end()),
                            new Span(whole.paragraphs().start(), block.span().end()));
        }
        return Optional.ofNullable(whole);
    }

    /**
     * The last line of a quotation that opens block {@code at} and runs on over the lines after it ("X writes:" then a
     * quotation broken over lines, joined by {@code LineBrokenQuotes}); {@code at} itself when it closes there.
     */
    private static int lastLineOfQuoteOpening(List<Block> blocks, int at, List<Quote> quotes) {
        Span line = blocks.get(at).span();
        int end = quotes.stream()
                .filter(q -> line.contains(q.span().start()))
                .filter(q -> q.span().end() > line.end())
                .mapToInt(q -> q.span().end())
                .max()
                .orElse(line.end());
        int last = at;
        while (last + 1 < blocks.size() && blocks.get(last).span().end() < end) {
            last++;
        }
        return last;
    }

    private static boolean allBody(List<Block> blocks, int from, int to) {
        return blocks.subList(from, to + 1).stream().allMatch(b -> b.kind() == BlockKind.BODY);
    }

    /** Whether a paragraph continues the statement, in the manner its first paragraph set (marked or not). */
    private boolean goesOn(Block block, Mention speaker, boolean marked, List<Quote> quotes, boolean first) {
        List<Token> inBlock = tokensIn(block.span());
        if (inBlock.isEmpty() || opensWithMark(block) != marked || !endsSentence(block) || isListItem(block)) {
            return false;
        }
        if (marked && !isOneMarkedQuote(block, quotes)) {
            return false;
        }
        // The paragraph right after the credit is the statement's by layout, whoever it reports ("This investigation
        // has concluded that ..."); a later one may be the reporter's again.
        return (first || inBlock.stream().noneMatch(this::isNewAttribution))
                && !(last(inBlock).word().equals(":"))
                && !namesSpeaker(block, speaker);
    }

    /**
     * "Ellwood added that ...", "police said four died": a cue with its reported clause and a subject other than "I"
     * or "we"; "for which Daesh has claimed responsibility" reports no words.
     */
    private boolean isNewAttribution(Token token) {
        return isCue.test(token)
                && document.tokens().stream()
                        .anyMatch(t -> t.head() == token.index() && REPORTED_CLAUSES.contains(t.deprel()))
                && Speakers.subjectOf(document.tokens(), token)
                        .map(s -> !NarratorCues.isFirstPerson(s))
                        .orElse(false);
    }

    /** A paragraph about the speaker ("Mr Ellwood visited Baghdad") is the reporter's again. */
    private boolean namesSpeaker(Block block, Mention speaker) {
        return document.mentions().stream()
                .filter(m -> block.span().contains(m.span()))
                .anyMatch(m -> DescribedSpeakers.namesSpeaker(m, speaker.actorId(), speaker.text()));
    }

    /** A marked paragraph of a statement holds one marked quote from its first word to its last. */
    private boolean isOneMarkedQuote(Block block, List<Quote> quotes) {
        Span inner = trimmed(block.span(), true);
        return quotes.stream()
                .anyMatch(q -> q.span().contains(inner) && block.span().contains(q.span())
                        || inner.contains(q.span())
                                && q.span().start() == inner.start()
                                && q.span().end() >= inner.end() - 1);
    }

    /** The statement replaces the quotes inside it: the marked paragraphs it joins and clauses read within it. */
    private static void replaceWithin(List<Quote> quotes, Statement statement, Quote replacement) {
        quotes.removeIf(q -> statement.paragraphs().contains(q.span()));
        quotes.add(replacement);
    }

    private boolean opensWithMark(Block block) {
        String text = document.textOf(block.span()).strip();
        return !text.isEmpty() && OPENING_MARKS.indexOf(text.charAt(0)) >= 0;
    }

    private boolean endsSentence(Block block) {
        String text = document.textOf(block.span()).strip();
        int end = text.length();
        while (end > 0
                && (CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return end > 0 && SENTENCE_ENDS.contains(text.substring(end - 1, end));
    }

    private boolean isListItem(Block block) {
        String text = document.textOf(block.span()).strip();
        return !text.isEmpty()
                && (LIST_MARKERS.indexOf(text.charAt(0)) >= 0
                        || Character.isDigit(text.charAt(0)) && text.matches("^[0-9]+[.)]\\s.*"));
    }

    /** The paragraph without surrounding whitespace and, for a marked one, without its marks. */
    private Span trimmed(Span span, boolean marked) {
        String text = document.text();
        int start = span.start();
        int end = span.end();
        while (start < end
                && (Character.isWhitespace(text.charAt(start))
                        || isFormat(text.charAt(start))
                        || marked && OPENING_MARKS.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start
                && (Character.isWhitespace(text.charAt(end - 1))
                        || marked && CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new Span(start, end);
    }

    /** Invisible direction marks (U+200E) that some releases put after an opening mark. */
    private static boolean isFormat(char c) {
        return Character.getType(c) == Character.FORMAT;
    }

    private List<Token> tokensIn(Span span) {
        return document.tokens().stream().filter(t -> span.contains(t.span())).toList();
    }

    private static Token last(List<Token> tokens) {
        return tokens.get(tokens.size() - 1);
    }
}
