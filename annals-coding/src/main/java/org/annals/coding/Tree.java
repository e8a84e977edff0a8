package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.annals.core.Document;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * Navigation over a document's basic dependency parse, and which tokens lie in article blocks. Built once per
 * document (the parse repair runs over the whole document) and shared by every pass that reads it, so nothing it
 * hands out can be changed.
 */
final class Tree {
    private static final Set<String> DEFINITE_ARTICLE = Set.of("the");
    private static final Set<String> OPENING_MARKS = Set.of("``", "\u201c", "\u00ab");
    private static final Set<String> CLOSING_MARKS = Set.of("''", "\u201d", "\u00bb");
    private static final Set<String> CLAUSE_RELATIONS = Set.of("acl", "acl:relcl", "advcl", "ccomp", "parataxis");

    private final List<Token> tokens;
    private final List<List<Integer>> children;
    // The tokens at each span in document order, so finding an event's trigger word is not a pass over the document.
    private final Map<Span, List<Token>> atSpan;
    private final boolean[] article;
    private final boolean[] quoted;

    Tree(Document document) {
        this.tokens = ApposedSubjects.repaired(
                TimeSubjects.repaired(FrontedNameSubjects.repaired(document), document.times()));
        this.children = childrenOf(tokens);
        this.atSpan = tokens.stream().collect(Collectors.groupingBy(Token::span, Collectors.toUnmodifiableList()));
        this.article = articleMask(document);
        this.quoted = quotedMask(document);
    }

    private static List<List<Integer>> childrenOf(List<Token> tokens) {
        List<List<Integer>> children = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            children.add(new ArrayList<>());
        }
        for (Token token : tokens) {
            if (token.head() >= 0 && token.head() < tokens.size()) {
                children.get(token.head()).add(token.index());
            }
        }
        return children.stream().map(List::copyOf).toList();
    }

    /**
     * Tokens between quotation marks, counted from the start of their paragraph, so a quotation of several
     * sentences is inside as a whole; an unclosed mark ends with its paragraph.
     */
    private static boolean[] quotedMask(Document document) {
        List<Token> tokens = document.tokens();
        BlockStarts blocks = new BlockStarts(document.blocks());
        boolean[] mask = new boolean[tokens.size()];
        boolean inside = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (i > 0 && newParagraph(document.text(), blocks, tokens.get(i - 1), token)) {
                inside = false;
            }
            String word = token.word();
            if (OPENING_MARKS.contains(word)) {
                inside = true;
            } else if (CLOSING_MARKS.contains(word)) {
                inside = false;
            } else if (word.equals("\"")) {
                inside = !inside;
            } else {
                mask[i] = inside;
            }
        }
        return mask;
    }

    private static boolean newParagraph(String text, BlockStarts blocks, Token previous, Token token) {
        String between = text.substring(previous.span().end(), token.span().start());
        return between.indexOf('\n') >= 0
                || blocks.startsIn(previous.span().start(), token.span().start());
    }

    private static boolean[] articleMask(Document document) {
        boolean[] mask = new boolean[document.tokens().size()];
        // Without block classification every token is article text; with it only body and title count.
        BlockStarts blocks = document.blocks().isEmpty() ? null : new BlockStarts(document.articleBlocks());
        for (Token token : document.tokens()) {
            mask[token.index()] = blocks == null || blocks.covers(token.span());
        }
        return mask;
    }

    Token token(int index) {
        return tokens.get(index);
    }

    int size() {
        return tokens.size();
    }

    boolean inArticle(int index) {
        return article[index];
    }

    /** Whether the token lies inside quotation marks (a mark itself is not). */
    boolean quoted(int index) {
        return quoted[index];
    }

    List<Integer> children(int index) {
        return children.get(index);
    }

    List<Integer> children(int index, String deprel) {
        return children.get(index).stream()
                .filter(c -> tokens.get(c).deprel().equals(deprel))
                .toList();
    }

    Optional<Integer> child(int index, Predicate<Token> test) {
        return children.get(index).stream()
                .filter(c -> test.test(tokens.get(c)))
                .findFirst();
    }

    /** The lower-case lemma of the case/mark child ("with" for "with Moscow"), or empty. */
    String preposition(int index) {
        return children.get(index).stream()
                .map(tokens::get)
                .filter(t -> t.deprel().equals("case") || t.deprel().equals("mark"))
                .map(t -> lower(t.word()))
                .findFirst()
                .orElse("");
    }

    /** Whether one of the word's case children is this preposition: "as" in "described as", "of" in "in support of". */
    boolean hasCase(int index, String preposition) {
        return children(index, "case").stream()
                .anyMatch(c -> lower(tokens.get(c).word()).equals(preposition));
    }

    /** Whether one of the word's mark children is this word: "to" of an infinitive, "whether" of a question. */
    boolean hasMark(int index, String word) {
        return children(index, "mark").stream()
                .anyMatch(m -> lower(tokens.get(m).word()).equals(word));
    }

    /** Whether the noun has the definite article: "the attacker", not "an attacker" or "this attacker". */
    boolean definite(int noun) {
        return hasDeterminer(noun, DEFINITE_ARTICLE);
    }

    /** Whether one of the noun's determiners is one of these words ("a", "an" for an indefinite noun). */
    boolean hasDeterminer(int noun, Set<String> words) {
        return children(noun, "det").stream()
                .anyMatch(d -> words.contains(lower(tokens.get(d).word())));
    }

    /** The lower-case lemma of the token at exactly this span ("stab" for the trigger "stabbed"), if one is. */
    Optional<String> lemmaAt(Span span) {
        return at(span).stream().map(t -> lower(t.lemma())).findFirst();
    }

    /** The index of the token at exactly this span (the trigger "stabbed"), if one is. */
    Optional<Integer> indexAt(Span span) {
        return at(span).stream().map(Token::index).findFirst();
    }

    /** Whether the token at this span is a plural noun ("attacks", "arrests"). */
    boolean pluralNounAt(Span span) {
        return at(span).stream().anyMatch(t -> t.isNoun() && t.pos().endsWith("S"));
    }

    private List<Token> at(Span span) {
        return atSpan.getOrDefault(span, List.of());
    }

    /** Whether the parser hung the token loosely on a verb's object: "called the mayor 'a disgrace'". */
    boolean looseOnObject(int index) {
        int governor = head(index);
        return token(index).deprel().equals("dep")
                && governor >= 0
                && token(governor).deprel().equals("obj");
    }

    int head(int index) {
        return tokens.get(index).head();
    }

    /** The head of the phrase {@code first..last}: its last token whose governor lies outside it. */
    int headOf(int first, int last) {
        for (int i = last; i >= first; i--) {
            int governor = head(i);
            if (governor < first || governor > last) {
                return i;
            }
        }
        return last;
    }

    boolean sameSentence(int a, int b) {
        return token(a).sentence() == token(b).sentence();
    }

    /** The words of tokens {@code first} to {@code last} as written, one space between them. */
    String words(int first, int last) {
        StringBuilder words = new StringBuilder();
        for (int i = first; i <= last; i++) {
            words.append(i > first ? " " : "").append(token(i).word());
        }
        return words.toString();
    }

    /** The first of the conjuncts {@code index} belongs to ("arrested and charged": "arrested"), or itself. */
    int firstConjunct(int index) {
        int current = index;
        while (token(current).deprel().equals("conj") && head(current) >= 0) {
            current = head(current);
        }
        return current;
    }

    /** Whether {@code ancestor} dominates {@code index} (or is it). */
    boolean dominates(int ancestor, int index) {
        int current = index;
        for (int steps = 0; current >= 0 && steps < tokens.size(); steps++) {
            if (current == ancestor) {
                return true;
            }
            current = tokens.get(current).head();
        }
        return false;
    }

    /** Whether {@code index} lies in the clause of {@code clauseHead}: dominated without crossing another clause. */
    boolean inClause(int clauseHead, int index) {
        int current = index;
        for (int steps = 0; current >= 0 && steps < tokens.size(); steps++) {
            if (current == clauseHead) {
                return true;
            }
            if (CLAUSE_RELATIONS.contains(tokens.get(current).deprel())
                    && tokens.get(current).isVerb()) {
                return false;
            }
            current = tokens.get(current).head();
        }
        return false;
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
