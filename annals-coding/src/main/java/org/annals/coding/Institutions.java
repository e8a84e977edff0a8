package org.annals.coding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.annals.coding.MentionFinder.Found;
import org.annals.core.ActorKind;
import org.annals.core.MentionType;

/**
 * "Toronto police", "a court in Multan", "French prosecutors", "the Pakistani army": a state institution named by a
 * common noun (institutions.tsv) belongs to the country that a modifier or an "in"/"of" phrase names (a country,
 * demonym, capital, state or city), else to the country the article is about and first places the story in. Each country has one institution per
 * sector, so the id is the same in every document: {@code ISO3.GOV}, {@code org:ISO3:police}, {@code
 * org:ISO3:judiciary}, {@code org:ISO3:prosecution}, {@code org:ISO3:military}, {@code org:ISO3:legislature}; a state or province named with a
 * government institution gives its own government ({@code USA-TX.GOV}).
 */
final class Institutions {
    static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG");

    private static final Set<String> MODIFIER_RELATIONS = Set.of("compound", "amod", "nmod:poss");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "from");
    private static final Set<String> LOCAL_WORDS = Set.of(
            "local", "state", "provincial", "regional", "municipal", "city", "county", "district", "town", "village");

    /** Where an institution belongs: a country, and the state or province the text names, if any. */
    record Place(String iso3, KbEntry subdivision) {}

    /** The actor an institution noun stands for, with what to teach it. */
    record Institution(String id, String name, ActorKind kind, String country, String role, String sector) {}

    private final Tree tree;
    private final KnowledgeBase kb;
    private final List<Found> found;
    private final Supplier<Optional<String>> dominantCountry;

    Institutions(Tree tree, KnowledgeBase kb, List<Found> found, Supplier<Optional<String>> dominantCountry) {
        this.tree = tree;
        this.kb = kb;
        this.found = found;
        this.dominantCountry = dominantCountry;
    }

    /** The sector of the institution the common noun at this token names, if it names one. */
    Optional<String> sectorAt(int noun) {
        Optional<String> byForm =
                kb.institutionSector(Tree.lower(tree.token(noun).word()));
        // "governments in east Asia", "state legislatures nationwide" are several; only the plurals the file lists
        // ("authorities", "troops", "prosecutors") name one country's institution.
        boolean singular = !tree.token(noun).pos().endsWith("S");
        return singular
                ? byForm.or(
                        () -> kb.institutionSector(Tree.lower(tree.token(noun).lemma())))
                : byForm;
    }

    /** The institution the noun stands for: its place from its own words, else the article's one country. */
    Optional<Institution> at(int noun) {
        Optional<String> sector = sectorAt(noun);
        if (sector.isEmpty()) {
            return Optional.empty();
        }
        Optional<Place> named = namedPlace(noun);
        if (named.isEmpty() && (ofSomethingElse(noun) || sector.get().equals("GOV") && local(noun))) {
            return Optional.empty();
        }
        Optional<Place> place = named.or(() -> articleCountry().map(c -> new Place(c, null)));
        return place.map(p -> of(sector.get(), p, Tree.lower(tree.token(noun).word())));
    }

    // "the government of Hadi": a name after "of" that is no place says whose it is instead ("the court of appeal"
    // names no one, so it is still the country's).
    private boolean ofSomethingElse(int noun) {
        return tree.children(noun).stream()
                .anyMatch(c -> c > noun
                        && tree.token(c).deprel().startsWith("nmod")
                        && tree.preposition(c).equals("of")
                        && tree.token(c).isProperNoun());
    }

    // "local authorities", "the provincial government": a government below the country, in a place the text does not
    // name, so the article's country would make it the national one. A "district court" or "state police" is still
    // the country's judiciary or police in CAMEO's terms.
    private boolean local(int noun) {
        return tree.children(noun).stream()
                .filter(c ->
                        c < noun && MODIFIER_RELATIONS.contains(tree.token(c).deprel()))
                .anyMatch(c -> LOCAL_WORDS.contains(Tree.lower(tree.token(c).word())));
    }

    /**
     * The country the article is about, when its first place lies in it too: police and courts act where the story
     * happens, and a story set in England that talks of US dollars and an American dream is still English.
     */
    Optional<String> articleCountry() {
        Optional<String> first = firstPlaceCountry();
        return dominantCountry.get().filter(c -> first.isEmpty() || first.get().equals(c));
    }

    private Optional<String> firstPlaceCountry() {
        for (Found f : found) {
            boolean place = f.entry() != null
                    && f.entry().kind() == ActorKind.COUNTRY
                    && f.entry().use() != KbEntry.Use.DEMONYM;
            if (place) {
                return Optional.of(f.entry().country());
            }
            Optional<String> city =
                    f.entry() == null && f.type() == MentionType.LOCATION ? kb.cityCountry(words(f)) : Optional.empty();
            if (city.isPresent()) {
                return city;
            }
        }
        return Optional.empty();
    }

    /**
     * The institution of a sector in a place; GOV of a named state or province is that state's government. A body
     * other than a government is named as the text first writes it ("police", "Toronto police"), so that its name
     * ends in the word a reader knows it by.
     */
    Institution of(String sector, Place place, String asWritten) {
        String iso3 = place.iso3();
        String country = kb.countryName(iso3);
        return switch (sector) {
            case "GOV" ->
                place.subdivision() == null
                        ? new Institution(
                                iso3 + ".GOV", "Government of " + country, ActorKind.GOVERNMENT, iso3, "", "GOV")
                        : subdivisionGovernment(place.subdivision());
            case "MIL" -> body(iso3, "military", asWritten, "MIL");
            case "COP" -> body(iso3, "police", asWritten, "COP");
            case "JUD" -> body(iso3, prosecutes(asWritten) ? "prosecution" : "judiciary", asWritten, "JUD");
            case "LEG" -> body(iso3, "legislature", asWritten, "LEG");
            default -> throw new IllegalArgumentException("no institution of sector " + sector);
        };
    }

    /** The government of a state, province or region: "USA-TX.GOV", coded USAGOV in CAMEO. */
    static Institution subdivisionGovernment(KbEntry subdivision) {
        return new Institution(
                subdivision.id() + ".GOV",
                "Government of " + subdivision.name(),
                ActorKind.GOVERNMENT,
                subdivision.country(),
                "",
                "GOV");
    }

    // CAMEO files prosecutors under JUD with the courts, but they are a party before the court, not the court: "the
    // prosecutors said" and "the judge ruled" must not become one speaker named after whichever came first.
    static boolean prosecutes(String asWritten) {
        return lastWord(asWritten).startsWith("prosecut");
    }

    /** The last word of a name as written, in lower case ("police" of "Toronto Police"). */
    static String lastWord(String asWritten) {
        String[] words = asWritten.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    static Institution body(String iso3, String slug, String name, String sector) {
        return new Institution("org:" + iso3 + ":" + slug, name, ActorKind.ORGANISATION, iso3, slug, sector);
    }

    /** The place the noun's modifiers ("Toronto police", "Ontario's government") or "in"/"of" phrase name. */
    Optional<Place> namedPlace(int noun) {
        for (int child : tree.children(noun)) {
            String relation = tree.token(child).deprel();
            boolean modifier = child < noun && MODIFIER_RELATIONS.contains(relation);
            boolean phrase =
                    child > noun && relation.startsWith("nmod") && PLACE_PREPOSITIONS.contains(tree.preposition(child));
            if (modifier || phrase) {
                Optional<Place> place = placeAt(child);
                if (place.isPresent()) {
                    return place;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Place> placeAt(int token) {
        for (Found f : found) {
            if (!f.covers(token)) {
                continue;
            }
            KbEntry entry = f.entry();
            if (entry != null && entry.kind() == ActorKind.COUNTRY) {
                return Optional.of(new Place(entry.country(), entry.isSubdivision() ? entry : null));
            }
            if (entry == null && f.type() == MentionType.LOCATION) {
                return kb.cityCountry(words(f)).map(c -> new Place(c, null));
            }
        }
        return Optional.empty();
    }

    private String words(Found f) {
        StringBuilder words = new StringBuilder();
        for (int i = f.first(); i <= f.last(); i++) {
            words.append(tree.token(i).word());
        }
        return words.toString();
    }
}
