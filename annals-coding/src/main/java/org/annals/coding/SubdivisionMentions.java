package org.annals.coding;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.annals.coding.MentionFinder.Found;
import org.annals.core.ActorKind;

/**
 * When a state, province or region named in the text is its government: "California filed suit", "the state of Texas
 * sued", "a lawsuit against the state of Montana", "Ontario's government". Elsewhere ("in Texas", "Texas voters", "Texas has 30 million people") it is a place. A name that
 * a country or capital keeps ("Georgia", "Washington") is the state only where the text says so: "the state of
 * Georgia", "Washington state", "Atlanta, Georgia".
 */
final class SubdivisionMentions {
    /** How a subdivision acts: as its government, through the noun "state" or "province" when one heads it. */
    record Acting(boolean government, OptionalInt stateNoun) {
        static final Acting PLACE = new Acting(false, OptionalInt.empty());
    }

    private static final Set<String> AGENT_RELATIONS = Set.of("nsubj", "nsubj:pass", "obl:agent");
    private static final Set<String> STATIVE_VERBS = Set.of(
            "be",
            "have",
            "become",
            "remain",
            "contain",
            "include",
            "border",
            "lie",
            "rank",
            "account",
            "record",
            "count",
            "number",
            "represent");
    private static final Set<String> STATE_NOUNS = Set.of("state", "province", "commonwealth", "territory");

    private final Tree tree;
    private final KnowledgeBase kb;

    SubdivisionMentions(Tree tree, KnowledgeBase kb) {
        this.tree = tree;
        this.kb = kb;
    }

    /** The subdivision a known name names here, if it names one. */
    Optional<KbEntry> named(Found mention, String surface) {
        KbEntry entry = mention.entry();
        if (entry.isSubdivision()) {
            return Optional.of(entry);
        }
        if (entry.kind() != ActorKind.COUNTRY || entry.use() == KbEntry.Use.DEMONYM) {
            return Optional.empty();
        }
        return kb.subdivision(surface).filter(s -> saysState(mention, s));
    }

    // "the state of Georgia", "Washington state", "Atlanta, Georgia".
    private boolean saysState(Found mention, KbEntry subdivision) {
        int first = mention.first();
        int last = mention.last();
        boolean stateOf = first >= 2
                && STATE_NOUNS.contains(Tree.lower(tree.token(first - 2).word()))
                && Tree.lower(tree.token(first - 1).word()).equals("of");
        boolean stateAfter = last + 1 < tree.size()
                && tree.token(last + 1).sentence() == tree.token(last).sentence()
                && tree.token(last + 1).word().equals("state");
        return stateOf || stateAfter || afterCityOf(first, subdivision.country());
    }

    private boolean afterCityOf(int first, String iso3) {
        if (first < 2 || !tree.token(first - 1).word().equals(",")) {
            return false;
        }
        int end = first - 2;
        int start = end;
        while (start > 0
                && tree.token(start - 1).ner().equals("LOCATION")
                && tree.token(start - 1).sentence() == tree.token(end).sentence()) {
            start--;
        }
        StringBuilder city = new StringBuilder();
        for (int i = start; i <= end; i++) {
            city.append(tree.token(i).word());
        }
        return tree.token(end).ner().equals("LOCATION")
                && kb.cityCountry(city.toString()).filter(iso3::equals).isPresent();
    }

    /** Whether the subdivision whose name has this head token acts as its government. */
    Acting acting(int head) {
        int name = tree.firstConjunct(head);
        String relation = tree.token(name).deprel();
        int governor = tree.head(name);
        if (AGENT_RELATIONS.contains(relation)) {
            return new Acting(governor < 0 || acts(governor), OptionalInt.empty());
        }
        if (governor < 0) {
            return Acting.PLACE;
        }
        if (relation.equals("nmod:poss")) {
            return new Acting(isBody(governor), OptionalInt.empty());
        }
        boolean stateOf = relation.startsWith("nmod") && tree.preposition(name).equals("of");
        boolean stateAfter = relation.equals("compound") && governor > name;
        boolean stateNoun = STATE_NOUNS.contains(Tree.lower(tree.token(governor).lemma()));
        if ((stateOf || stateAfter) && stateNoun) {
            int phrase = tree.firstConjunct(governor);
            boolean acts = AGENT_RELATIONS.contains(tree.token(phrase).deprel())
                    && (tree.head(phrase) < 0 || acts(tree.head(phrase)));
            return acts || opposed(phrase) ? new Acting(true, OptionalInt.of(governor)) : Acting.PLACE;
        }
        return Acting.PLACE;
    }

    // "a lawsuit against the state of Montana": what a suit, a ruling or a protest is against is a party, never a
    // place; "the state of" says it is the state, not the land ("sued California" stays a place).
    private boolean opposed(int phrase) {
        String relation = tree.token(phrase).deprel();
        boolean oblique = relation.startsWith("nmod") || relation.startsWith("obl");
        return oblique && tree.preposition(phrase).equals("against");
    }

    // "Ontario's government", "California's legislature": the state's own body. Not "North Carolina's senator", whom
    // the state elects but who does not speak for its government, nor "Queensland's dominant party".
    private boolean isBody(int noun) {
        String lemma = Tree.lower(tree.token(noun).lemma());
        return kb.orgHeadSector(lemma)
                .or(() -> kb.institutionSector(lemma))
                .filter(Institutions.SECTORS::contains)
                .isPresent();
    }

    // "Nevada is one of four states", "Montana had seven reservations": a state that is or has something is described,
    // not acting.
    private boolean acts(int predicate) {
        boolean copular = !tree.children(predicate, "cop").isEmpty();
        return !copular
                && !STATIVE_VERBS.contains(Tree.lower(tree.token(predicate).lemma()));
    }
}
