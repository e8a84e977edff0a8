package org.annals.coding;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.core.ActorKind;

/**
 * "A Turkish official said": an indefinite singular office-holder introduces somebody the article does not name, so
 * it is never the person of that country named before it (who would have been called "the spokesman" or by name);
 * it stands for that country's unnamed office-holders, the group "officials said" gives, or for its institution.
 */
final class IndefiniteDescriptions {
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
    // A judge, a general, a police officer act for their institution; one official is not the government.
    private static final String GOVERNMENT = "GOV";

    private IndefiniteDescriptions() {}

    static boolean introducesSomeone(Tree tree, int noun) {
        return !tree.token(noun).pos().equals("NNS")
                && tree.children(noun, "det").stream()
                        .anyMatch(d ->
                                INDEFINITE.contains(Tree.lower(tree.token(d).word())));
    }

    /**
     * The country's unnamed holders of the office, the same group as {@link UnnamedPeople} builds; none for a title
     * of an institution other than the government ("an Iowa judge"), which acts for the institution.
     */
    static Optional<ActorDraft> unnamedHolder(
            Map<String, ActorDraft> actors, Tree tree, int noun, KnowledgeBase.Title title, String iso3) {
        if (!title.sector().equals(GOVERNMENT) && Institutions.SECTORS.contains(title.sector())) {
            return Optional.empty();
        }
        String lemma = Tree.lower(tree.token(noun).lemma());
        String id = UnnamedPeople.groupId(Slug.of(lemma), Optional.of(iso3));
        ActorDraft holders = actors.computeIfAbsent(id, key -> new ActorDraft(key, lemma, ActorKind.GROUP));
        holders.learnCountry(iso3, null);
        holders.learnRole("", title.sector(), null);
        return Optional.of(holders);
    }
}
