package org.annals.coding;

import java.util.HashSet;
import java.util.Set;

/**
 * A judging word in the place of what is fought ("combating terrorism", "the fight against terrorism", "the campaign
 * against ISIL terrorists") names the thing fought; it is no judgement of the clause's subject, who fights it, nor a
 * charge the speaker brings against anyone. The words of fighting are data ({@code fighting-words.tsv}): verbs whose
 * object, and nouns or verbs whose "against" or "on" phrase, is the thing fought.
 */
final class FoughtThings {
    private static final String FILE = "/org/annals/coding/fighting-words.tsv";
    private static final Set<String> VERBS = words("verb");
    private static final Set<String> NOUNS = words("noun");
    private static final Set<String> OPPOSING = Set.of("against", "on");
    // Relations inside a noun phrase, through which the phrase's head is reached.
    private static final Set<String> NOMINAL = Set.of("conj", "nmod", "compound", "appos", "flat");
    private static final int MAX_CLIMB = 4;

    private static Set<String> words(String part) {
        Set<String> words = new HashSet<>();
        for (String[] row : Tsv.read(FILE, 2)) {
            if (!row[1].equals("verb") && !row[1].equals("noun")) {
                throw new IllegalStateException(FILE + ": part must be verb or noun: " + String.join("\t", row));
            }
            if (row[1].equals(part) && !words.add(row[0])) {
                throw new IllegalStateException(FILE + ": '" + row[0] + "' is listed twice as a " + part);
            }
        }
        return Set.copyOf(words);
    }

    private final Tree tree;

    FoughtThings(Tree tree) {
        this.tree = tree;
    }

    /**
     * Whether the word, or the noun phrase it is part of ("the fight against terrorism and extremism"), is what a word
     * of fighting fights.
     */
    boolean fought(int word) {
        if (afterFightingVerb(word)) {
            return true;
        }
        int node = word;
        for (int depth = 0; depth < MAX_CLIMB && node >= 0; depth++) {
            if (foughtInPlace(node)) {
                return true;
            }
            if (!NOMINAL.contains(tree.token(node).deprel())) {
                return false;
            }
            node = tree.head(node);
        }
        return false;
    }

    // "condemning these attacks and relentlessly combating terrorism": the parser does not always hang the noun on
    // the verb right before it, which still governs it.
    private boolean afterFightingVerb(int word) {
        int before = word - 1;
        while (before >= 0
                && tree.sameSentence(before, word)
                && tree.token(before).pos().startsWith("DT")) {
            before--;
        }
        return before >= 0 && tree.sameSentence(before, word) && fightingVerb(before);
    }

    // The lemmatiser gets some forms wrong ("combating" gives "combate"), so a verb's form is read as well.
    private boolean fightingVerb(int token) {
        String word = Tree.lower(tree.token(token).word());
        return tree.token(token).isVerb()
                && (VERBS.contains(Tree.lower(tree.token(token).lemma()))
                        || VERBS.stream().anyMatch(word::startsWith));
    }

    private boolean foughtInPlace(int thing) {
        int head = tree.head(thing);
        if (head < 0) {
            return false;
        }
        String lemma = Tree.lower(tree.token(head).lemma());
        boolean verb = tree.token(head).isVerb();
        String deprel = tree.token(thing).deprel();
        if (deprel.equals("obj")) {
            return fightingVerb(head);
        }
        boolean opposed =
                (deprel.startsWith("nmod") || deprel.startsWith("obl")) && OPPOSING.contains(tree.preposition(thing));
        return opposed && (verb ? fightingVerb(head) : NOUNS.contains(lemma));
    }
}
