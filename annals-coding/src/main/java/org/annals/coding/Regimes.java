package org.annals.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.core.ActorKind;

/**
 * "The Syrian regime", "the Assad regime", "Assad's regime", and then "the regime" or "regime forces": news names a
 * government it disowns as a regime, by its country or by its ruler. Such a regime is the government of that
 * country. A regime named by a ruler whose country the article does not give, or by a name it does not resolve, is
 * the country of the article's other regimes, else the one country the article is about. A bare "the regime" needs
 * one regime named before it, and "a regime", "regimes", "the sanctions regime" or "regime change" name no
 * government.
 */
final class Regimes {
    static final String ROLE = "regime";

    private static final String LEMMA = "regime";
    private static final Set<String> ALLOWED_DETERMINERS = Set.of("the", "this", "that");
    // "regime change", "the regime type": a compound head that names a kind of rule, not the rulers.
    private static final Set<String> NOT_RULERS = Set.of("change", "type", "collapse", "fall");

    /** What the resolver knows that a regime needs: who a token names and whose government a country has. */
    interface Lookup {
        /** The country a demonym or country name among the noun's modifiers gives ("the Syrian regime"). */
        Optional<String> demonym(int noun);

        /** The resolved actor a token belongs to, if any. */
        Optional<ActorDraft> actorAt(int token);

        /** The one country the article is about. */
        Optional<String> articleCountry();
    }

    /** A regime noun and the country whose government it names. */
    record Found(int noun, String iso3) {}

    private final Tree tree;
    private final Lookup lookup;

    Regimes(Tree tree, Lookup lookup) {
        this.tree = tree;
        this.lookup = lookup;
    }

    /** The regime nouns among the candidates (article nouns no mention covers) and their countries, in order. */
    List<Found> find(Collection<Integer> candidates) {
        List<Found> named = new ArrayList<>();
        List<Integer> ruled = new ArrayList<>();
        List<Integer> bare = new ArrayList<>();
        for (int noun : new TreeSet<>(candidates)) {
            if (!isRegime(noun)) {
                continue;
            }
            Optional<String> country = lookup.demonym(noun).or(() -> rulerCountry(noun));
            if (country.isPresent()) {
                named.add(new Found(noun, country.get()));
            } else if (ruler(noun).isPresent()) {
                ruled.add(noun);
            } else if (unmodified(noun)) {
                bare.add(noun);
            }
        }
        return withAntecedents(named, ruled, bare);
    }

    // A ruler of unknown country rules where the article's other regimes are, else the article's country; a bare
    // regime is the one regime named before it.
    private List<Found> withAntecedents(List<Found> named, List<Integer> ruled, List<Integer> bare) {
        List<Found> all = new ArrayList<>(named);
        Optional<String> namedCountry = onlyCountry(named, Integer.MAX_VALUE);
        for (int noun : ruled) {
            namedCountry.or(lookup::articleCountry).ifPresent(c -> all.add(new Found(noun, c)));
        }
        for (int noun : bare) {
            onlyCountry(all, noun).ifPresent(c -> all.add(new Found(noun, c)));
        }
        all.sort((a, b) -> Integer.compare(a.noun(), b.noun()));
        return all;
    }

    private boolean isRegime(int noun) {
        boolean singular = tree.token(noun).pos().equals("NN");
        boolean lemma = Tree.lower(tree.token(noun).lemma()).equals(LEMMA);
        return singular && lemma && determinerAllowed(noun) && !namesAKindOfRule(noun);
    }

    // "a regime" introduces one; "the regime", "Assad's regime" and a bare "regime forces" point to one.
    private boolean determinerAllowed(int noun) {
        return tree.children(noun, "det").stream()
                .allMatch(d ->
                        ALLOWED_DETERMINERS.contains(Tree.lower(tree.token(d).word())));
    }

    private boolean namesAKindOfRule(int noun) {
        int head = tree.head(noun);
        boolean compound = tree.token(noun).deprel().equals("compound");
        return compound
                && head >= 0
                && NOT_RULERS.contains(Tree.lower(tree.token(head).lemma()));
    }

    // "the Assad regime", "Assad's regime", "the regime of Assad": a person modifying the noun rules it. A name the
    // article resolves to nobody ("the Asad regime" with "Asad" taken for a place) is read as a ruler too, since a
    // proper noun before "regime" names who rules, or the seat of rule ("the Damascus regime").
    private Optional<Integer> ruler(int noun) {
        return tree.children(noun).stream()
                .filter(c ->
                        Set.of("compound", "nmod:poss").contains(tree.token(c).deprel())
                                || (tree.token(c).deprel().equals("nmod")
                                        && tree.preposition(c).equals("of")))
                .filter(c ->
                        lookup.actorAt(c).map(a -> a.kind == ActorKind.PERSON).orElse(false)
                                || (tree.token(c).isProperNoun()
                                        && lookup.actorAt(c).isEmpty()))
                .findFirst();
    }

    private Optional<String> rulerCountry(int noun) {
        return ruler(noun).flatMap(lookup::actorAt).map(a -> a.country).filter(c -> !c.isEmpty());
    }

    // "the regime", "regime forces"; not "the sanctions regime", "the new regime", "an authoritarian regime".
    private boolean unmodified(int noun) {
        return tree.children(noun).stream()
                .filter(c -> c < noun)
                .allMatch(c -> tree.token(c).deprel().equals("det"));
    }

    private static Optional<String> onlyCountry(List<Found> found, int before) {
        Set<String> countries = new TreeSet<>();
        found.stream().filter(f -> f.noun() < before).forEach(f -> countries.add(f.iso3()));
        return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
    }
}
