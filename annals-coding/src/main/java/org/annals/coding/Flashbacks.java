package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.Block;
import org.annals.core.Document;
import org.annals.core.Sentence;
import org.annals.core.Token;

/**
 * Reads a flashback told on past the sentence that opens it. A sentence whose main clause is pluperfect and names no
 * time ("He had previously held a senior position with IBM.") moves the time of the telling to before the news, and
 * the simple past that follows it without a time of its own ("IBM sued him ...") goes on telling that earlier time:
 * English marks the start of a flashback with the pluperfect and tells on in the simple past, and a narrative comes
 * back to its news by naming a time or by changing tense. The publication day would date such an act by a guess the
 * text contradicts. The flashback is followed back through the act's own paragraph only.
 */
final class Flashbacks {
    /** How far back a flashback is followed through sentences in the simple past. */
    private static final int MAX_SENTENCES = 4;

    /** A bound on the walk up through infinitives, since a hand-made or broken parse may not be a tree. */
    private static final int MAX_STEPS = 8;

    /** Relations by which a verb carries its own auxiliaries, so their tense is the clause's. */
    private static final Set<String> TENSE_RELATIONS = Set.of("aux", "aux:pass", "cop");

    private final Tree tree;
    private final Document document;
    private final ModalityDetector modality;
    private final Predicate<Sentence> namesATime;
    private final boolean linesOnly;

    Flashbacks(Tree tree, Document document, Predicate<Sentence> namesATime) {
        this.tree = tree;
        this.document = document;
        this.modality = new ModalityDetector(tree);
        this.namesATime = namesATime;
        this.linesOnly = oneSentenceToABlock(document);
    }

    /**
     * Whether an undated act whose clause (or the clause an infinitive of it hangs on: "traveled to meet") is in the
     * simple past goes on telling a flashback opened before its sentence.
     */
    boolean toldOnIn(Sentence sentence, int clause) {
        if (clause < 0 || !simplePast(finite(clause)) || namesATime.test(sentence)) {
            return false;
        }
        Optional<Sentence> earlier =
                document.sentenceBefore(sentence).filter(previous -> sameParagraph(previous, sentence));
        for (int step = 0; step < MAX_SENTENCES && earlier.isPresent(); step++) {
            Sentence told = earlier.get();
            Optional<Integer> root = root(told);
            if (namesATime.test(told) || root.isEmpty()) {
                return false;
            }
            if (pluperfect(root.get())) {
                return true;
            }
            if (!simplePast(root.get())) {
                return false;
            }
            earlier = document.sentenceBefore(told).filter(previous -> sameParagraph(previous, told));
        }
        return false;
    }

    private int finite(int clause) {
        int current = clause;
        for (int step = 0; step < MAX_STEPS && openComplement(current) && tree.head(current) >= 0; step++) {
            current = tree.head(current);
        }
        return current;
    }

    private boolean openComplement(int verb) {
        Token token = tree.token(verb);
        return token.deprel().equals("xcomp") || token.deprel().startsWith("advcl") && tree.hasMark(verb, "to");
    }

    // A new paragraph may come back to the news without a time, so a flashback is not followed across one. A text
    // that gives every sentence a block of its own (one sentence to a line, as corpora set it) marks no paragraphs.
    private boolean sameParagraph(Sentence one, Sentence other) {
        return SpeechDays.sameBlock(document, one, other) || linesOnly;
    }

    private static boolean oneSentenceToABlock(Document document) {
        List<Block> blocks = document.articleBlocks();
        return blocks.size() > 1
                && blocks.stream()
                        .allMatch(block -> document.sentences().stream()
                                        .filter(s ->
                                                block.span().contains(s.span().start()))
                                        .count()
                                <= 1);
    }

    private Optional<Integer> root(Sentence sentence) {
        for (int i = sentence.firstToken(); i < sentence.endToken() && i < tree.size(); i++) {
            if (tree.head(i) < 0 && tree.inArticle(i)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    // "had held a post", and "had been with Apple", whose root is the predicate of the copula.
    private boolean pluperfect(int root) {
        return modality.isPluperfect(root) || hasAuxiliary(root, "aux", "had") && hasAuxiliary(root, "cop", "been");
    }

    // "contacted former members", "was subsequently motivated", "did not comment", "was president": the simple past,
    // active, passive or copular.
    private boolean simplePast(int root) {
        Token verb = tree.token(root);
        return verb.pos().equals("VBD")
                || tree.children(root).stream()
                        .map(tree::token)
                        .anyMatch(t ->
                                TENSE_RELATIONS.contains(t.deprel()) && t.pos().equals("VBD"));
    }

    private boolean hasAuxiliary(int root, String relation, String word) {
        return tree.children(root, relation).stream()
                .anyMatch(child -> Tree.lower(tree.token(child).word()).equals(word));
    }
}
