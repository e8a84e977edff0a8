package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.annals.core.Actor;
import org.annals.core.ActorKind;

/**
 * "A million people marched in London, protesting the exit", "the city has been home to protests since June": a
 * street protest that names nothing it is against is against the government of the country it is held in (its
 * named place, else the protesters' own country), as the annotators code it. Only protesters who are no state
 * themselves and come from that country (or from none named) protest at home; a strike or a boycott is against an
 * employer or a product, not the state, and keeps no target.
 */
final class ProtestedGovernments {
    /** Suffix of the pattern of a protest whose target is its country's government by this rule. */
    static final String ROUTE = "+protested-government";

    // The lexicon's modes of protests in the street: "protest" has none, marches and rallies "demonstrate".
    private static final Set<String> STREET_MODES = Set.of("", "demonstrate");
    private static final Set<ActorKind> NON_STATE = Set.of(ActorKind.GROUP, ActorKind.PERSON, ActorKind.ORGANISATION);
    private static final String GOVERNMENT_SUFFIX = ".GOV";

    private final ActorIndex index;
    private final Function<String, Optional<Actor>> actors;

    /** {@code actors} finds an actor by id, also one a stage implied before it joins the document. */
    ProtestedGovernments(ActorIndex index, Function<String, Optional<Actor>> actors) {
        this.index = index;
        this.actors = actors;
    }

    /**
     * The government the protesters protest against: of the place the protest is held in, else of the protesters'
     * own country; none when the protesters are a state, come from elsewhere, or the article names neither
     * the government nor the country.
     */
    List<String> of(List<String> protesters, String mode, Optional<String> placeCountry) {
        Optional<String> country = placeCountry.or(() -> commonCountry(protesters));
        if (protesters.isEmpty()
                || !STREET_MODES.contains(mode)
                || country.isEmpty()
                || !protesters.stream().allMatch(id -> atHome(id, country.get()))) {
            return List.of();
        }
        return governmentOf(index, country.get()).map(List::of).orElse(List.of());
    }

    /** The country's government when the article names it, else the country itself when it does. */
    static Optional<String> governmentOf(ActorIndex index, String iso3) {
        String government = iso3 + GOVERNMENT_SUFFIX;
        if (index.actor(government).isPresent()) {
            return Optional.of(government);
        }
        return index.actor(iso3).map(Actor::id);
    }

    // The article's main country is no sign of where a protest was held: "she protested alone" in a Time magazine
    // story on a Swedish activist. The protesters' own country is ("American protesters", "protests in the city").
    private Optional<String> commonCountry(List<String> protesters) {
        List<String> countries = protesters.stream()
                .map(id -> actors.apply(id).map(Actor::country).orElse(""))
                .distinct()
                .toList();
        return countries.size() == 1 && !countries.get(0).isEmpty() ? Optional.of(countries.get(0)) : Optional.empty();
    }

    private boolean atHome(String protester, String country) {
        return actors.apply(protester)
                .map(actor -> NON_STATE.contains(actor.kind())
                        && !actor.id().endsWith(GOVERNMENT_SUFFIX)
                        && (actor.country().isEmpty() || actor.country().equals(country)))
                .orElse(false);
    }
}
