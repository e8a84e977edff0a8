package org.annals.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.core.ActorKind;

/**
 * The names, titles and organisation head nouns shipped in {@code src/main/resources/org/annals/coding}; see
 * docs/knowledge-base.md. Immutable once loaded, so one instance serves every thread.
 */
public final class KnowledgeBase {
    private static final String DIR = "/org/annals/coding/";

    /** A person's grammatical gender as the text shows it; UNKNOWN until a title or pronoun tells. */
    public enum Gender {
        UNKNOWN,
        MALE,
        FEMALE
    }

    /** A title word or phrase normalised to a role, with its CAMEO-style sector. */
    public record Title(String role, String sector) {}

    private final Map<String, KbEntry> names = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, Title> titles = new HashMap<>();
    private final Map<String, String> titleHeads = new HashMap<>();
    private final Map<String, String> orgHeads = new HashMap<>();
    private final Map<String, String> collectives = new HashMap<>();
    private final Map<String, String> nonPersonWords = new HashMap<>();
    private final Map<String, Gender> genderWords = new HashMap<>();
    private final Map<String, String> institutions = new HashMap<>();
    private final Map<String, String> outOfOffice = new HashMap<>();
    private final Set<KbEntry> fromDictionary = new HashSet<>();
    private PlaceNames places;
    private int longestName = 1;
    private int longestTitle = 1;

    private KnowledgeBase() {}

    /** Loads every data file; fails fast when a file is missing or malformed, since that is a build defect. */
    public static KnowledgeBase standard() {
        KnowledgeBase kb = new KnowledgeBase();
        kb.loadCountries();
        kb.loadCountryAliases();
        kb.loadCountryDemonyms();
        kb.loadNamed("igos.tsv", ActorKind.IGO);
        kb.loadNamed("regions.tsv", ActorKind.REGION);
        kb.loadOrganisations();
        kb.loadSubdivisions();
        kb.loadTitles();
        Tsv.read(DIR + "title-heads.tsv", 2).forEach(kb::addTitleHead);
        Tsv.read(DIR + "org-heads.tsv", 2).forEach(r -> kb.orgHeads.put(r[0].toLowerCase(Locale.ROOT), r[1]));
        Tsv.read(DIR + "collectives.tsv", 2).forEach(r -> kb.collectives.put(r[0].toLowerCase(Locale.ROOT), r[1]));
        Tsv.read(DIR + "non-person-words.tsv", 2).forEach(r -> kb.nonPersonWords.put(r[0], kindOfThing(r)));
        Tsv.read(DIR + "gender-words.tsv", 2).forEach(r -> kb.genderWords.put(r[0], genderOf(r)));
        Tsv.read(DIR + "institutions.tsv", 2).forEach(r -> kb.institutions.put(r[0], institutionSector(r)));
        Tsv.read(DIR + "out-of-office.tsv", 3).forEach(r -> kb.outOfOffice.put(outOfOfficeKey(r), roleForm(r)));
        return kb;
    }

    /**
     * This knowledge base with a user's actor dictionary added; this one is left as it was. A dictionary name
     * replaces a built-in name that stands for another actor, since the user's list says what the name means in
     * their texts; where both name the same actor (or the built-in name is the seat of the dictionary's government)
     * the built-in entry stays, as it knows a demonym or a seat from a name.
     */
    public KnowledgeBase with(ActorDictionary dictionary) {
        KnowledgeBase kb = copy();
        for (ActorDictionaryEntry added : dictionary.entries()) {
            KbEntry entry = kb.named(added.entry());
            if (entry.kind() == ActorKind.COUNTRY) {
                kb.countryNames.putIfAbsent(entry.id(), entry.name());
            }
            kb.fromDictionary.add(entry);
            added.names().forEach(name -> kb.addOverriding(name, entry));
        }
        return kb;
    }

    // A government is called as the resolver calls the governments it finds, so the id keeps one name everywhere.
    private KbEntry named(KbEntry entry) {
        if (entry.kind() != ActorKind.GOVERNMENT) {
            return entry;
        }
        String name = "Government of " + countryNames.getOrDefault(entry.country(), entry.country());
        return new KbEntry(entry.id(), name, entry.kind(), entry.country(), entry.sector(), entry.use());
    }

    private void addOverriding(String surface, KbEntry entry) {
        String name = surface.startsWith("the ") ? surface.substring(4) : surface;
        KbEntry builtIn = names.get(Slug.key(name));
        if (builtIn == null || !sameActor(builtIn, entry)) {
            names.put(Slug.key(name), entry);
        }
        longestName = Math.max(longestName, name.split("[\\s'’-]+").length + 2);
    }

    // A seat of government ("White House") already stands for its government when it acts, and for a place else.
    private static boolean sameActor(KbEntry builtIn, KbEntry entry) {
        boolean seatOfGovernment = builtIn.use() == KbEntry.Use.SEAT
                && entry.kind() == ActorKind.GOVERNMENT
                && builtIn.country().equals(entry.country());
        return seatOfGovernment || builtIn.id().equals(entry.id());
    }

    private KnowledgeBase copy() {
        KnowledgeBase kb = new KnowledgeBase();
        kb.names.putAll(names);
        kb.countryNames.putAll(countryNames);
        kb.titles.putAll(titles);
        kb.titleHeads.putAll(titleHeads);
        kb.orgHeads.putAll(orgHeads);
        kb.collectives.putAll(collectives);
        kb.nonPersonWords.putAll(nonPersonWords);
        kb.genderWords.putAll(genderWords);
        kb.institutions.putAll(institutions);
        kb.outOfOffice.putAll(outOfOffice);
        kb.fromDictionary.addAll(fromDictionary);
        kb.places = places;
        kb.longestName = longestName;
        kb.longestTitle = longestTitle;
        return kb;
    }

    private static String outOfOfficeKey(String[] row) {
        if (!row[1].equals("before") && !row[1].equals("after")) {
            throw new IllegalArgumentException(
                    "out-of-office.tsv: side '" + row[1] + "' of '" + row[0] + "'; valid: before, after");
        }
        return row[1] + "\t" + row[0].toLowerCase(Locale.ROOT);
    }

    private static String roleForm(String[] row) {
        if (!row[2].contains("{role}")) {
            throw new IllegalArgumentException("out-of-office.tsv: role form '" + row[2] + "' lacks {role}");
        }
        return row[2];
    }

    private static String kindOfThing(String[] row) {
        if (!row[1].equals("organisation") && !row[1].equals("other")) {
            throw new IllegalArgumentException(
                    "non-person-words.tsv: kind '" + row[1] + "' of '" + row[0] + "'; valid: organisation, other");
        }
        return row[1];
    }

    private static String institutionSector(String[] row) {
        if (!Institutions.SECTORS.contains(row[1])) {
            throw new IllegalArgumentException("institutions.tsv: sector '" + row[1] + "' of '" + row[0] + "'; valid: "
                    + String.join(", ", new TreeSet<>(Institutions.SECTORS)));
        }
        return row[1];
    }

    private static Gender genderOf(String[] row) {
        return switch (row[1]) {
            case "male" -> Gender.MALE;
            case "female" -> Gender.FEMALE;
            default ->
                throw new IllegalArgumentException(
                        "gender-words.tsv: gender '" + row[1] + "' of '" + row[0] + "'; valid: male, female");
        };
    }

    private void loadCountries() {
        for (String[] row : Tsv.read(DIR + "countries.tsv", 9)) {
            String iso3 = row[0];
            countryNames.put(iso3, row[2]);
            KbEntry country = new KbEntry(iso3, row[2], ActorKind.COUNTRY, iso3, "", KbEntry.Use.NAME);
            add(row[2], country);
            add(row[3], country);
            Tsv.list(row[4]).forEach(alt -> add(alt, country));
            KbEntry seat = new KbEntry(iso3, row[2], ActorKind.COUNTRY, iso3, "", KbEntry.Use.SEAT);
            Tsv.list(row[6]).forEach(c -> add(c, seat));
        }
    }

    /**
     * After the aliases, which settle the demonyms that several countries share: world-countries gives "French" to
     * France and the French Southern Lands, "American" to the United States and the Northern Marianas, and the
     * first of them in code order would otherwise win.
     */
    private void loadCountryDemonyms() {
        for (String[] row : Tsv.read(DIR + "countries.tsv", 9)) {
            KbEntry demonym = new KbEntry(row[0], row[2], ActorKind.COUNTRY, row[0], "", KbEntry.Use.DEMONYM);
            Tsv.list(row[5]).forEach(d -> add(d, demonym));
        }
    }

    private void loadCountryAliases() {
        for (String[] row : Tsv.read(DIR + "country-aliases.tsv", 3)) {
            String iso3 = row[1];
            String name = countryNames.getOrDefault(iso3, iso3);
            KbEntry.Use use = KbEntry.Use.valueOf(row[2].toUpperCase(Locale.ROOT));
            String alias = row[0].startsWith("the ") ? row[0].substring(4) : row[0];
            KbEntry entry = new KbEntry(iso3, name, ActorKind.COUNTRY, iso3, "", use);
            if (use == KbEntry.Use.DEMONYM) {
                // The hand-written use corrects world-countries, which lists "Saudi" as another name of Saudi
                // Arabia: in news it is nearly always the adjective ("Saudi officials").
                names.put(Slug.key(alias), entry);
            }
            add(alias, entry);
        }
    }

    private void loadNamed(String file, ActorKind kind) {
        for (String[] row : Tsv.read(DIR + file, 3)) {
            String name = row[1].startsWith("the ") ? row[1].substring(4) : row[1];
            KbEntry entry = new KbEntry(row[0], row[1], kind, "", kind == ActorKind.IGO ? "IGO" : "", KbEntry.Use.NAME);
            add(name, entry);
            Tsv.list(row[2]).forEach(alias -> add(alias, entry));
        }
    }

    private void loadOrganisations() {
        for (String[] row : Tsv.read(DIR + "organisations.tsv", 5)) {
            KbEntry entry = new KbEntry(row[0], row[1], ActorKind.ORGANISATION, row[3], row[4], KbEntry.Use.NAME);
            add(row[1], entry);
            Tsv.list(row[2]).forEach(alias -> add(alias.startsWith("the ") ? alias.substring(4) : alias, entry));
        }
    }

    // Last, so that a country, capital or organisation of the same name keeps it ("Georgia", "Washington").
    private void loadSubdivisions() {
        places = PlaceNames.load(DIR);
        places.subdivisionNames().forEach((key, entry) -> {
            names.putIfAbsent(key, entry);
            longestName = Math.max(longestName, entry.name().split("[\\s'’-]+").length + 2);
        });
    }

    private void loadTitles() {
        for (String[] row : Tsv.read(DIR + "titles.tsv", 3)) {
            String phrase = row[0].toLowerCase(Locale.ROOT);
            titles.put(phrase, new Title(row[1], row[2]));
            longestTitle = Math.max(longestTitle, phrase.split(" ").length);
        }
    }

    private void addTitleHead(String[] row) {
        String title = row[0].toLowerCase(Locale.ROOT);
        if (!titles.containsKey(title)) {
            throw new IllegalArgumentException("title-heads.tsv: '" + row[0] + "' is no title of titles.tsv");
        }
        titleHeads.put(title, row[1].toLowerCase(Locale.ROOT));
    }

    private void add(String surface, KbEntry entry) {
        if (surface.isBlank()) {
            return;
        }
        // The first entry for a form wins, so a country's own name is not displaced by a later alias file row.
        names.putIfAbsent(Slug.key(surface), entry);
        longestName = Math.max(longestName, surface.split("[\\s'’-]+").length + 2);
    }

    /** The entry named by exactly this surface form (case-sensitive, spacing ignored). */
    public Optional<KbEntry> lookup(String surface) {
        return Optional.ofNullable(names.get(Slug.key(surface)));
    }

    /** True for an entry of a user's actor dictionary (see {@link #with}). */
    public boolean isFromDictionary(KbEntry entry) {
        return fromDictionary.contains(entry);
    }

    /** The most tokens a name can span, bounding the longest-match search. */
    public int longestName() {
        return longestName;
    }

    public int longestTitle() {
        return longestTitle;
    }

    /** The title for a lower-case phrase of space-separated words, such as "prime minister". */
    public Optional<Title> title(String lowerCasePhrase) {
        return Optional.ofNullable(titles.get(lowerCasePhrase));
    }

    /**
     * The bare word a bearer of this title may be called by later ("secretary" for "defense secretary"), for a
     * lower-case title of titles.tsv; empty for a title that names another office than its head word.
     */
    public Optional<String> titleHead(String lowerCaseTitle) {
        return Optional.ofNullable(titleHeads.get(lowerCaseTitle));
    }

    /**
     * How a title's role reads when these words stand right {@code before} or {@code after} it and say its bearer
     * does not hold the office now ("former {role}" for "former"), for lower-case space-separated tokens.
     */
    public Optional<String> outOfOfficeForm(String side, String lowerCasePhrase) {
        return Optional.ofNullable(outOfOffice.get(side + "\t" + lowerCasePhrase));
    }

    /** The sector of a collective noun that acts as a group on its own ("police", "protesters"), if it is one. */
    public Optional<String> collectiveSector(String lemma) {
        return Optional.ofNullable(collectives.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /** The sector of an organisation head noun (by lemma), such as BUS for "company". */
    public Optional<String> orgHeadSector(String lemma) {
        return Optional.ofNullable(orgHeads.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /**
     * What a name headed, ended or introduced by this word is instead of a person ("organisation" or "other"), for a
     * lower-case category word such as "typhoon" or "hospital".
     */
    public Optional<String> nonPersonKind(String lowerCaseWord) {
        return Optional.ofNullable(nonPersonWords.get(lowerCaseWord));
    }

    /** The gender an honorific or gendered title shows ("mrs", "king"), for a lower-case word. */
    public Gender gender(String lowerCaseWord) {
        return genderWords.getOrDefault(lowerCaseWord, Gender.UNKNOWN);
    }

    /**
     * The sector of a state institution named by a common noun ("police", "court", "authorities"), for a lower-case
     * word form or lemma; see institutions.tsv.
     */
    public Optional<String> institutionSector(String lowerCaseWord) {
        return Optional.ofNullable(institutions.get(lowerCaseWord));
    }

    /** The state, province or region so named, even where a country or capital keeps the name ("Georgia"). */
    public Optional<KbEntry> subdivision(String surface) {
        return places.subdivision(surface);
    }

    /** The country of the only gazetteer city so named ("Multan" → PAK); empty when several countries have one. */
    public Optional<String> cityCountry(String surface) {
        return places.cityCountry(surface);
    }

    public String countryName(String iso3) {
        return countryNames.getOrDefault(iso3, iso3);
    }

    public boolean isCountry(String iso3) {
        return countryNames.containsKey(iso3);
    }

    /** Every distinct entry, for checks on the data files. */
    public List<KbEntry> entries() {
        return names.values().stream().distinct().toList();
    }
}
