package org.annals.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.core.ActorKind;

/**
 * Gives each legislative chamber of one document the id it has in every article: the chamber's name with its
 * country ("org:PHL:senate"), the knowledge base's own body, or the country's legislature for a whole one. Chambers
 * named without their country are placed once the article's names are read; see {@link #place()}.
 */
final class ChamberPlacement {
    private final KnowledgeBase kb;
    private final LegislativeChambers chambers;
    private final Institutions institutions;
    private final Map<String, ActorDraft> actors;
    private final Map<String, Resolved> bySpan;
    /** The chamber name of each actor that is a legislative chamber ("House of Representatives"). */
    private final Map<String, String> chamberNames = new HashMap<>();

    ChamberPlacement(
            KnowledgeBase kb,
            LegislativeChambers chambers,
            Institutions institutions,
            Map<String, ActorDraft> actors,
            Map<String, Resolved> bySpan) {
        this.kb = kb;
        this.chambers = chambers;
        this.institutions = institutions;
        this.actors = actors;
        this.bySpan = bySpan;
    }

    /** The id of a chamber as its name gives it, kept so that {@link #place()} knows the article's chambers. */
    String idOf(LegislativeChambers.Chamber chamber) {
        String id = chamber.country().map(c -> chamberId(chamber.name(), c)).orElse("org:" + Slug.of(chamber.name()));
        chamberNames.put(id, chamber.name());
        return id;
    }

    /**
     * "the House" in an article that names the House of Representatives is that chamber, and "the Senate" in an
     * article about one country is that country's Senate: once the article's names are read, a chamber named without
     * its country takes the id it has where its country is named, so it is one body in every article.
     */
    void place() {
        joinTheOneHouse();
        Optional<String> country = institutions.articleCountry().or(this::countryOfChambers);
        if (country.isEmpty()) {
            return;
        }
        for (ActorDraft bare : List.copyOf(actors.values())) {
            Optional<LegislativeChambers.Chamber> chamber =
                    bare.kind == ActorKind.ORGANISATION && bare.country.isEmpty()
                            ? chambers.of(bare.name).filter(c -> c.country().isEmpty())
                            : Optional.empty();
            chamber.filter(c -> bare.id.equals("org:" + Slug.of(c.name()))).ifPresent(c -> {
                ActorDraft placed = actors.computeIfAbsent(
                        chamberId(c.name(), country.get()),
                        id -> new ActorDraft(id, bare.name, ActorKind.ORGANISATION));
                placed.learnCountry(country.get(), null);
                moveMentions(bare, placed);
            });
        }
    }

    private void joinTheOneHouse() {
        for (ActorDraft bare : List.copyOf(actors.values())) {
            if (bare.kind == ActorKind.ORGANISATION && bare.name.equals("House")) {
                List<ActorDraft> houses = actors.values().stream()
                        .filter(a ->
                                a != bare && chamberNames.getOrDefault(a.id, "").startsWith("House "))
                        .toList();
                if (houses.size() == 1) {
                    moveMentions(bare, houses.get(0));
                }
            }
        }
    }

    // The knowledge base's own entry when it is this country's chamber ("U.S. Congress" is "Congress").
    // A name for the whole legislature ("Parliament") is the institution "parliament" and "legislature" name too.
    private String chamberId(String chamber, String iso3) {
        return kb.lookup(chamber)
                .filter(e -> e.kind() == ActorKind.ORGANISATION && e.country().equals(iso3))
                .map(KbEntry::id)
                .orElseGet(() -> chambers.isWholeLegislature(chamber)
                        ? institutions
                                .of("LEG", new Institutions.Place(iso3, null), chamber)
                                .id()
                        : "org:" + iso3 + ":" + Slug.of(chamber));
    }

    // "impeached by the United States House of Representatives ... trial in the Senate": an article whose own
    // country is not clear (a foreign government takes part) still places a bare chamber with the chambers it names.
    private Optional<String> countryOfChambers() {
        Set<String> countries = new TreeSet<>();
        for (ActorDraft actor : actors.values()) {
            boolean legislature = chamberNames.containsKey(actor.id) || actor.sector.equals("LEG");
            if (legislature && actor.kind == ActorKind.ORGANISATION && !actor.country.isEmpty()) {
                countries.add(actor.country);
            }
        }
        return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
    }

    private void moveMentions(ActorDraft from, ActorDraft to) {
        if (from == to) {
            return;
        }
        to.aliases.addAll(from.aliases);
        actors.remove(from.id);
        bySpan.replaceAll((key, m) ->
                m.actorId().equals(from.id) ? new Resolved(m.first(), m.last(), m.type(), to.id, m.role()) : m);
    }
}
