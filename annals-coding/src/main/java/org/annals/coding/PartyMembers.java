package org.annals.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * "Other Republicans have urged him", "fifteen Democrats defected", "urging Republican officials"
 * (party-members.tsv): people the text names as a party's members are a group of that party, named as written, with
 * the party's country and sector PTY. They are not the state: without this, "Republican officials" became the
 * government of the United States.
 */
final class PartyMembers {
    private static final String FILE = "/org/annals/coding/party-members.tsv";
    private static final Map<String, Entry> NOUNS = load("noun");
    private static final Map<String, Entry> ADJECTIVES = load("adjective");
    private static final Set<String> ARGUMENTS =
            Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "conj", "nmod", "appos");
    private static final Set<String> ADJECTIVE_RELATIONS = Set.of("amod", "compound");

    private record Entry(String country, String party) {}

    /** A party the text names by its adjective alone ("Democratic members", "Republican Kevin McCarthy"). */
    record Party(String name, String country) {}

    /** The members named at {@code head}; {@code first} starts the written name ("Republican officials"). */
    record Members(int first, int head, String name, String country) {}

    private final Tree tree;
    private final KnowledgeBase kb;

    PartyMembers(Tree tree, KnowledgeBase kb) {
        this.tree = tree;
        this.kb = kb;
    }

    /** Every party's members named by a plural noun that no resolved mention covers. */
    List<Members> find(IntPredicate covered) {
        List<Members> members = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            boolean candidate = tree.inArticle(i)
                    && tree.token(i).isNoun()
                    && ARGUMENTS.contains(tree.token(i).deprel())
                    && !covered.test(i);
            if (candidate) {
                int noun = i;
                partyNoun(noun).or(() -> titledMembers(noun)).ifPresent(members::add);
            }
        }
        return members;
    }

    // "Republicans", "Democrats": the party's plural noun itself, written with its capital.
    private Optional<Members> partyNoun(int noun) {
        String word = tree.token(noun).word();
        Entry entry = NOUNS.get(Tree.lower(word));
        if (entry == null || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(new Members(noun, noun, word, entry.country()));
    }

    // "Republican officials", "Democratic senators": a plural title the party's adjective qualifies.
    private Optional<Members> titledMembers(int noun) {
        boolean pluralTitle = tree.token(noun).pos().equals("NNS")
                && kb.title(Tree.lower(tree.token(noun).lemma())).isPresent();
        if (!pluralTitle) {
            return Optional.empty();
        }
        for (int child : tree.children(noun)) {
            String word = tree.token(child).word();
            Entry entry = ADJECTIVES.get(Tree.lower(word));
            boolean party = entry != null
                    && child < noun
                    && ADJECTIVE_RELATIONS.contains(tree.token(child).deprel())
                    && Character.isUpperCase(word.charAt(0));
            if (party) {
                return Optional.of(new Members(child, noun, tree.words(child, noun), entry.country()));
            }
        }
        return Optional.empty();
    }

    /**
     * The party a capitalised adjective of the file names, for a word the tagger marked as a name of its own: news
     * writes "Democratic" and "Republican" before a member's title or name to say the party.
     */
    static Optional<Party> partyOfAdjective(String word) {
        Entry entry = ADJECTIVES.get(Tree.lower(word));
        if (entry == null || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(new Party(entry.party(), entry.country()));
    }

    private static Map<String, Entry> load(String form) {
        Map<String, Entry> entries = new HashMap<>();
        for (String[] row : Tsv.read(FILE, 4)) {
            if (!row[1].equals("noun") && !row[1].equals("adjective")) {
                throw new IllegalStateException(FILE + ": form must be noun or adjective: " + String.join(" ", row));
            }
            if (row[1].equals(form) && entries.put(row[0], new Entry(row[2], row[3])) != null) {
                throw new IllegalStateException(FILE + ": '" + row[0] + "' is listed twice");
            }
        }
        return Map.copyOf(entries);
    }
}
