package org.annals.coding;

import java.util.Optional;
import java.util.Set;

/**
 * Names the tagger called a person or a body that their context shows to be places, by the knowledge base: a
 * gazetteer city or a state after a preposition of place ("homes in Tianjin"), and any name followed by a comma and
 * the country or state it lies in ("Woodbridge, Virginia", "Palmyra, Syria").
 */
final class PlaceContexts {
    // Prepositions after which a name is a place: not "at", "from" or "to", which take persons and bodies as often.
    private static final Set<String> PLACE_PREPOSITIONS =
            Set.of("in", "near", "outside", "inside", "around", "across", "throughout", "within");
    // What may follow "Town, State" for the pair to be a place and no more: "Woodbridge, Virginia, where ...".
    private static final Set<String> CLOSING_POS = Set.of(",", ".", ":", "-RRB-", "''");

    private final KnowledgeBase kb;
    private final Tree tree;

    PlaceContexts(KnowledgeBase kb, Tree tree) {
        this.kb = kb;
        this.tree = tree;
    }

    boolean isPlace(int first, int last) {
        return isKnownPlaceAfterPreposition(first, last) || isBeforeItsRegion(last);
    }

    private boolean isKnownPlaceAfterPreposition(int first, int last) {
        String name = tree.words(first, last);
        boolean known = kb.cityCountry(name).isPresent() || kb.subdivision(name).isPresent();
        return known && PLACE_PREPOSITIONS.contains(tree.preposition(tree.headOf(first, last)));
    }

    // "Fort Campbell, Kentucky.": the region closes the phrase; "Smith, Texas's governor" is no place.
    private boolean isBeforeItsRegion(int last) {
        int comma = last + 1;
        if (comma + 1 >= tree.size() || !tree.token(comma).word().equals(",") || !tree.sameSentence(last, comma + 1)) {
            return false;
        }
        int regionEnd = regionEnd(comma + 1).orElse(-1);
        if (regionEnd < 0) {
            return false;
        }
        int next = regionEnd + 1;
        return next >= tree.size()
                || !tree.sameSentence(regionEnd, next)
                || CLOSING_POS.contains(tree.token(next).pos());
    }

    /** The last token of the longest country or state name starting at {@code start}, not tagged a person. */
    private Optional<Integer> regionEnd(int start) {
        Integer end = null;
        for (int i = start; i < tree.size() && i - start < kb.longestName() && tree.sameSentence(start, i); i++) {
            if (tree.token(i).ner().equals("PERSON")) {
                break;
            }
            String name = tree.words(start, i);
            boolean region = kb.lookup(name)
                            .filter(e -> e.isCountryName() || e.isSubdivision())
                            .isPresent()
                    || kb.subdivision(name).isPresent();
            if (region) {
                end = i;
            }
        }
        return Optional.ofNullable(end);
    }
}
