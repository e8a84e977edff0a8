package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Goods handed to a named recipient are aid: "UNICEF delivered doses of vaccine to Samoa", "the RAF provided air
 * support for the ground forces", "gave the rebels weapons", "provided them with ammunition". A verb of giving codes
 * AID (the goods' mode from delivered-goods.tsv) when its object, or the noun after the object's "of", is listed
 * goods and a recipient is named: after "to" or "for", as the indirect object, or as the object when the goods
 * follow "with". Without goods ("delivered a speech to parliament", "gave the minister a warning") or without a
 * recipient ("provided food") nothing is coded here. Called by {@link VerbSenses} before the verb's own row.
 */
final class DeliveredGoods {
    private static final String AID = "AID";
    private static final String FILE = "/org/annals/coding/delivered-goods.tsv";
    private static final Set<String> MODES = Set.of("military", "economic", "humanitarian");
    private static final Map<String, String> GOODS = goods();
    private static final Set<String> GIVING_VERBS = Set.of("provide", "deliver", "give", "send", "ship");
    private static final List<String> RECIPIENTS = List.of("obl:to", "obl:for", "iobj");
    private static final Set<String> RECIPIENT_PREPOSITIONS = Set.of("to", "for");
    private static final String WITH = "with";
    // A row of two words is a modifier and its head: "air support" (compound), "military support" (adjective).
    private static final Set<String> MODIFIERS = Set.of("compound", "amod");

    private final Tree tree;

    DeliveredGoods(Tree tree) {
        this.tree = tree;
    }

    /** The aid sense of a verb of giving whose goods are listed and whose recipient is named. */
    Optional<EventLexicon.Verb> of(int verb) {
        String lemma = Tree.lower(tree.token(verb).lemma());
        if (!GIVING_VERBS.contains(lemma)) {
            return Optional.empty();
        }
        Optional<String> handed = modeOf(tree.children(verb, "obj").stream());
        if (handed.isPresent() && namesRecipient(verb)) {
            return Optional.of(aid(lemma, handed.get(), RECIPIENTS));
        }
        // "provided them with ammunition": the object receives what follows "with".
        Optional<String> supplied = modeOf(tree.children(verb, "obl").stream()
                .filter(c -> tree.preposition(c).equals(WITH)));
        boolean recipientObject = !tree.children(verb, "obj").isEmpty();
        return supplied.filter(mode -> recipientObject).map(mode -> aid(lemma, mode, List.of("obj")));
    }

    private static EventLexicon.Verb aid(String lemma, String mode, List<String> targets) {
        return new EventLexicon.Verb(lemma + " goods", AID, mode, targets, false);
    }

    private boolean namesRecipient(int verb) {
        return tree.children(verb).stream().anyMatch(c -> {
            String deprel = tree.token(c).deprel();
            String preposition = tree.preposition(c);
            return deprel.equals("iobj") || deprel.equals("obl") && RECIPIENT_PREPOSITIONS.contains(preposition);
        });
    }

    // The goods by their own lemma, as a listed pair of modifier and head ("air support", "military support"), or by
    // the noun after their "of" ("doses of vaccine"); conjuncts count ("food and medicine").
    private Optional<String> modeOf(Stream<Integer> nouns) {
        List<Integer> candidates = new ArrayList<>();
        nouns.forEach(noun -> {
            candidates.add(noun);
            candidates.addAll(tree.children(noun, "conj"));
        });
        List<Integer> measured = candidates.stream()
                .flatMap(noun -> tree.children(noun, "nmod").stream())
                .filter(of -> tree.preposition(of).equals("of"))
                .toList();
        return Stream.concat(candidates.stream(), measured.stream())
                .map(this::goodsMode)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Optional<String> goodsMode(int noun) {
        String lemma = Tree.lower(tree.token(noun).lemma());
        return tree.children(noun).stream()
                .filter(c -> MODIFIERS.contains(tree.token(c).deprel()))
                .map(c -> GOODS.get(Tree.lower(tree.token(c).lemma()) + " " + lemma))
                .filter(mode -> mode != null)
                .findFirst()
                .or(() -> Optional.ofNullable(GOODS.get(lemma)));
    }

    private static Map<String, String> goods() {
        Map<String, String> goods = Tsv.pairs(FILE);
        goods.forEach((row, mode) -> {
            if (!MODES.contains(mode)) {
                throw new IllegalStateException(FILE + ": '" + row + "' has mode '" + mode + "'; valid: "
                        + String.join(", ", MODES.stream().sorted().toList()));
            }
        });
        return goods;
    }
}
