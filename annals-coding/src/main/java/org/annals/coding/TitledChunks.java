package org.annals.coding;

import java.util.Optional;
import java.util.Set;

/**
 * An organisation chunk of the tagger that holds a person's title and the person's name after it: "Supreme Court
 * Justice Elena Kagan", "Defense Secretary Ash Carter" tagged ORGANIZATION whole. The name after the title is the
 * person's; what stands before the title may name the body the person serves.
 */
final class TitledChunks {
    private static final String FILE = "/org/annals/coding/person-titles.tsv";
    private static final Set<String> TITLES = Tsv.words(FILE);
    // "Justice Elena Kagan", "Petty Officer Charles H. Keating IV": a name of four words at most follows the title.
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_TITLE_WORDS = 3;

    /** Where the title starts and where the name after it starts, inside one chunk. */
    record Split(int titleStart, int nameStart) {}

    private final KnowledgeBase kb;
    private final Tree tree;

    TitledChunks(KnowledgeBase kb, Tree tree) {
        this.kb = kb;
        this.tree = tree;
    }

    /** The title and name of an organisation chunk {@code [first, last]} that ends in a titled person's name. */
    Optional<Split> split(int first, int last) {
        if (endsInBodyWord(last)) {
            return Optional.empty();
        }
        for (int name = Math.max(first + 1, last - MAX_NAME_WORDS + 1); name <= last; name++) {
            Optional<Integer> title = properNames(name, last) ? titleEndingAt(first, name - 1) : Optional.empty();
            if (title.isPresent() && nameFitsTitle(title.get(), name, last)) {
                return Optional.of(new Split(title.get(), name));
            }
        }
        return Optional.empty();
    }

    /** "Justice", "Mr", "Petty Officer": a title of {@code person-titles.tsv}, which only people bear. */
    static boolean isPersonTitle(String lowerCasePhrase) {
        return TITLES.contains(lowerCasePhrase);
    }

    /** True when the chunk's last word names a kind of body ("Hotel", "University"), so no person ends there. */
    boolean endsInBodyWord(int last) {
        String end = Tree.lower(tree.token(last).word());
        return kb.orgHeadSector(end).isPresent() || kb.nonPersonKind(end).isPresent();
    }

    /** A name and no more: at most four capitalised proper nouns, none of them a title or a known name. */
    boolean isName(int first, int last) {
        return last - first < MAX_NAME_WORDS && properNames(first, last);
    }

    // "Apple Chief Executive Officer": after an office (titles.tsv), one capitalised word is as likely the rest of the
    // office as a name, so an office takes a name of two words or more; a title of people only takes one ("Petty
    // Officer Keating").
    private boolean nameFitsTitle(int titleStart, int name, int last) {
        return last > name || isPersonTitle(Tree.lower(tree.words(titleStart, name - 1)));
    }

    // Capitalised proper nouns, none of them a title or a name the knowledge base knows ("Captain America"): "Justice
    // Elena Kagan" is no name after "Court".
    private boolean properNames(int from, int to) {
        for (int i = from; i <= to; i++) {
            String word = tree.token(i).word();
            boolean name = tree.token(i).isProperNoun()
                    && Character.isUpperCase(word.codePointAt(0))
                    && !isTitle(Tree.lower(word))
                    && kb.lookup(word).isEmpty();
            if (!name) {
                return false;
            }
        }
        return true;
    }

    /**
     * The start of the longest title phrase that ends at {@code end} and starts at {@code first} or after. A title
     * that opens the chunk must be one of {@code person-titles.tsv}: offices such as "general" or "representative"
     * open names of bodies ("General Motors", "Representative Office").
     */
    private Optional<Integer> titleEndingAt(int first, int end) {
        Integer start = null;
        for (int s = end; s >= first && end - s < MAX_TITLE_WORDS; s--) {
            String phrase = Tree.lower(tree.words(s, end));
            boolean title = s == first ? isPersonTitle(phrase) : isTitle(phrase);
            if (title) {
                start = s;
            }
        }
        return Optional.ofNullable(start);
    }

    private boolean isTitle(String lowerCasePhrase) {
        return TITLES.contains(lowerCasePhrase) || kb.title(lowerCasePhrase).isPresent();
    }
}
