package org.annals.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.coding.MentionFinder.Found;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.PostNominalLetters;
import org.annals.core.Span;
import org.annals.core.Token;

/** Resolves the mentions of one document to canonical actors; created per document, so it may keep state. */
final class ActorResolver {
    private static final String PARTY_SECTOR = "PTY";
    private static final Set<String> QUANTIFYING_DETERMINERS = Set.of("no", "any", "every", "each");

    private static final Set<String> MODIFIER_RELATIONS = Set.of("compound", "amod", "nmod:poss", "appos", "flat");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in",
            "at",
            "to",
            "from",
            "near",
            "into",
            "across",
            "outside",
            "inside",
            "around",
            "through",
            "toward",
            "towards",
            "via",
            "within",
            "throughout");
    private static final Set<String> AGENT_RELATIONS = Set.of("nsubj", "nsubj:pass", "nmod:poss", "obl:agent");
    private static final Set<String> ARGUMENT_RELATIONS =
            Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "obl", "conj");
    private static final Set<String> FORCE_SECTORS = Set.of("COP", "MIL");
    private static final Set<String> INSTRUMENT_OWNER_RELATIONS = Set.of("compound", "nmod:poss");
    // Only the legislature and the government are named by the bare capitalised word as a matter of style; "the
    // Army" or "this Court" is a name of its own kind, whose acts the lower-case routes already read in context.
    private static final Set<String> BARE_NAMED_SECTORS = Set.of("LEG", "GOV");
    private static final Set<String> GOVERNMENT_HEADS = Set.of("government", "administration", "cabinet", "authority");

    private final KnowledgeBase kb;
    private final Document document;
    private final Tree tree;
    private final List<Found> found;
    private final Map<String, ActorDraft> actors = new LinkedHashMap<>();
    private final Map<String, Resolved> bySpan = new HashMap<>();
    private final PersonNames personNames;
    private final Institutions institutions;
    private final SubdivisionMentions subdivisions;
    private final LegislativeChambers chambers;
    private final ChamberPlacement chamberPlacement;

    ActorResolver(KnowledgeBase kb, Document document) {
        this.kb = kb;
        this.document = document;
        this.tree = new Tree(document);
        this.found = new ArrayList<>(new MentionFinder(kb, tree).find());
        this.personNames = new PersonNames(personSurfaces());
        List<Found> promoted = personNames.promote(tree, found);
        this.found.removeIf(f -> promoted.stream().anyMatch(p -> p.first() <= f.last() && f.first() <= p.last()));
        this.found.addAll(promoted);
        this.found.sort((a, b) -> Integer.compare(a.first(), b.first()));
        this.institutions = new Institutions(tree, kb, found, this::articleCountry);
        this.subdivisions = new SubdivisionMentions(tree, kb);
        this.chambers = new LegislativeChambers(kb);
        this.chamberPlacement = new ChamberPlacement(kb, chambers, institutions, actors, bySpan);
    }

    Document resolve() {
        for (Found mention : found) {
            resolveNamed(mention);
        }
        resolveDescriptions();
        resolveRegimes();
        resolveLedGovernments();
        resolveDefiniteBodies();
        resolveDefiniteDescriptions();
        resolvePersonalBodies();
        resolveDescribedPersons();
        resolveCollectives();
        resolvePartyMembers();
        resolvePartyAdjectives();
        chamberPlacement.place();
        placeStateBodies();
        new UnnamedPeople(
                        new UnnamedPeople.ActorIndexes(tree, kb, document, found),
                        actors,
                        bySpan.values(),
                        this::government,
                        (noun, id) -> recordSpan(noun, noun, MentionType.DESCRIPTION, id, ""))
                .resolve();
        linkAcronyms();
        resolvePronouns();
        List<Actor> built = actors.values().stream().map(ActorDraft::build).toList();
        return document.withActors(built, mentions());
    }

    private List<String> personSurfaces() {
        return found.stream()
                .filter(f -> f.type() == MentionType.PERSON && f.entry() == null)
                .map(this::surface)
                .toList();
    }

    private void resolveNamed(Found mention) {
        if (mention.entry() != null) {
            resolveKnown(mention);
        } else if (mention.type() == MentionType.PERSON) {
            resolvePerson(mention);
        } else if (mention.type() == MentionType.ORGANISATION) {
            resolveOrganisation(mention);
        } else {
            // Places and other names outside the knowledge base stay as unresolved mentions for later stages.
            record(mention, "", "");
        }
    }

    private void resolveKnown(Found mention) {
        KbEntry entry = mention.entry();
        // "Congress" after "the Congress of the Philippines": the article's own body of that name, not the one the
        // knowledge base knows by the bare name.
        Optional<ActorDraft> fuller =
                entry.kind() == ActorKind.ORGANISATION ? fullerBody(surface(mention)) : Optional.empty();
        if (fuller.isPresent()) {
            fuller.get().aliases.add(surface(mention));
            record(mention, fuller.get().id, affiliationRole(mention));
            return;
        }
        if (entry.kind() != ActorKind.COUNTRY) {
            ActorDraft actor = actor(entry.id(), entry.name(), entry.kind());
            actor.learnCountry(entry.country(), null);
            actor.sector = actor.sector.isEmpty() ? entry.sector() : actor.sector;
            actor.aliases.add(surface(mention));
            learnOrganisationModifiers(actor, mention);
            record(mention, actor.id, affiliationRole(mention));
            return;
        }
        Optional<KbEntry> subdivision = subdivisions.named(mention, surface(mention));
        if (subdivision.isPresent()) {
            resolveSubdivision(mention, subdivision.get());
            return;
        }
        String iso3 = entry.country();
        int head = headOf(mention);
        if (entry.use() == KbEntry.Use.SEAT && actsAsAgent(head)) {
            ActorDraft government = government(iso3);
            government.aliases.add(surface(mention));
            record(mention, government.id, "government");
            return;
        }
        ActorDraft country = actor(iso3, kb.countryName(iso3), ActorKind.COUNTRY);
        country.country = iso3;
        if (entry.use() != KbEntry.Use.DEMONYM) {
            country.aliases.add(surface(mention));
        }
        String role = entry.use() == KbEntry.Use.DEMONYM ? "affiliation" : isPlace(head) ? "place" : "";
        record(mention, iso3, role);
    }

    // "California filed suit", "the state of Texas sued": the state's government; "in Texas" stays a place.
    private void resolveSubdivision(Found mention, KbEntry subdivision) {
        SubdivisionMentions.Acting acting = subdivisions.acting(headOf(mention));
        if (!acting.government()) {
            record(mention, "", "");
            return;
        }
        ActorDraft government = institution(Institutions.subdivisionGovernment(subdivision));
        government.aliases.add(surface(mention));
        record(mention, government.id, "government");
        acting.stateNoun().ifPresent(noun -> recordSpan(noun, noun, MentionType.DESCRIPTION, government.id, ""));
    }

    private ActorDraft institution(Institutions.Institution institution) {
        ActorDraft actor = actor(institution.id(), institution.name(), institution.kind());
        actor.learnCountry(institution.country(), null);
        actor.learnRole(institution.role(), institution.sector(), null);
        return actor;
    }

    /** The one country the article is about, counting its states and provinces for it; see DominantCountry. */
    private Optional<String> articleCountry() {
        List<String> subdivisionCountries = found.stream()
                .filter(f -> f.entry() != null && f.entry().isSubdivision())
                .filter(f -> !bySpan.containsKey(f.first() + ":" + f.last())
                        || bySpan.get(f.first() + ":" + f.last()).actorId().isEmpty())
                .map(f -> f.entry().country())
                .toList();
        return DominantCountry.outermost(bySpan.values(), actors, subdivisionCountries);
    }

    private boolean actsAsAgent(int head) {
        Token token = tree.token(head);
        if (AGENT_RELATIONS.contains(token.deprel())) {
            return true;
        }
        return !isPlace(head) && !token.deprel().equals("compound");
    }

    private boolean isPlace(int head) {
        return PLACE_PREPOSITIONS.contains(tree.preposition(head));
    }

    private ActorDraft government(String iso3) {
        ActorDraft government = actor(iso3 + ".GOV", "Government of " + kb.countryName(iso3), ActorKind.GOVERNMENT);
        government.country = iso3;
        government.sector = "GOV";
        return government;
    }

    private void resolvePerson(Found mention) {
        Optional<ActorDraft> company = namedCompany(surface(mention));
        if (company.isPresent()) {
            company.get().aliases.add(surface(mention));
            record(mention, company.get().id, affiliationRole(mention));
            return;
        }
        String fullName = personNames.fullestName(surface(mention));
        ActorDraft person = actor("person:" + Slug.of(fullName), fullName, ActorKind.PERSON);
        person.aliases.add(surface(mention));
        Modifiers modifiers = modifiersOf(mention);
        modifiers.country().ifPresent(c -> person.learnCountry(c.iso3(), c.evidence()));
        modifiers.title().ifPresent(t -> {
            person.learnRole(t.title().role(), t.title().sector(), t.evidence());
            BareTitles.learnHead(person, t.title(), document.textOf(t.evidence()), kb);
        });
        person.learnGender(genderBefore(mention, modifiers));
        record(mention, person.id, "");
    }

    // "Mrs May", "Queen Elizabeth", "the actress Jane Fonda": the word before the name or a modifier tells.
    private KnowledgeBase.Gender genderBefore(Found mention, Modifiers modifiers) {
        Set<Integer> clues = new TreeSet<>(modifiers.tokens());
        if (mention.first() > 0
                && tree.token(mention.first() - 1).sentence()
                        == tree.token(mention.first()).sentence()) {
            clues.add(mention.first() - 1);
        }
        Set<KnowledgeBase.Gender> seen = new TreeSet<>();
        for (int clue : clues) {
            KnowledgeBase.Gender gender = kb.gender(Tree.lower(tree.token(clue).word()));
            if (gender != KnowledgeBase.Gender.UNKNOWN) {
                seen.add(gender);
            }
        }
        return seen.size() == 1 ? seen.iterator().next() : KnowledgeBase.Gender.UNKNOWN;
    }

    private void resolveOrganisation(Found mention) {
        String name = surface(mention);
        Optional<ActorDraft> fuller = fullerBody(name).or(() -> shortenedCompany(name));
        if (fuller.isPresent()) {
            fuller.get().aliases.add(name);
            record(mention, fuller.get().id, affiliationRole(mention));
            return;
        }
        Optional<LegislativeChambers.Chamber> chamber = chambers.of(name).or(() -> chambers.of(withOfPhrase(mention)));
        if (chamber.isPresent()) {
            resolveChamber(mention, name, chamber.get());
            return;
        }
        Optional<String> stateOf = stateBodyCountry(mention);
        String id = stateOf.map(c -> "org:" + c + ":" + Slug.of(name)).orElse("org:" + Slug.of(name));
        ActorDraft organisation = actor(id, name, ActorKind.ORGANISATION);
        organisation.aliases.add(name);
        countryInsideName(mention).ifPresent(c -> organisation.learnCountry(c, null));
        kb.orgHeadSector(tree.token(mention.last()).lemma()).ifPresent(s -> organisation.learnRole("", s, null));
        learnOrganisationModifiers(organisation, mention);
        record(mention, organisation.id, affiliationRole(mention));
    }

    // "United States House [of Representatives]": the tagger may stop a name before its "of" phrase.
    private String withOfPhrase(Found mention) {
        StringBuilder name = new StringBuilder(surface(mention));
        int next = mention.last() + 1;
        boolean of = next < tree.size()
                && tree.token(next).word().equals("of")
                && tree.token(next).sentence() == tree.token(mention.last()).sentence();
        for (int i = next + 1;
                of && i < tree.size() && i <= next + 2 && tree.token(i).isProperNoun();
                i++) {
            name.append(i == next + 1 ? " of " : " ").append(tree.token(i).word());
        }
        return name.toString();
    }

    private void resolveChamber(Found mention, String name, LegislativeChambers.Chamber chamber) {
        ActorDraft body = actor(chamberPlacement.idOf(chamber), name, ActorKind.ORGANISATION);
        body.aliases.add(name);
        chamber.country().ifPresent(c -> body.learnCountry(c, null));
        record(mention, body.id, affiliationRole(mention));
    }

    /**
     * "SDF" after "the Kurdish-led Syrian Democratic Forces (SDF)": an acronym names the organisation whose name ends
     * in the words it abbreviates. Run after descriptions, which give such names too.
     */
    private void linkAcronyms() {
        for (Map.Entry<String, Resolved> entry : new ArrayList<>(bySpan.entrySet())) {
            Resolved mention = entry.getValue();
            ActorDraft acronym = actors.get(mention.actorId());
            if (acronym == null || acronym.kind != ActorKind.ORGANISATION || !Acronyms.isAcronym(acronym.name)) {
                continue;
            }
            Optional<ActorDraft> expanded = actors.values().stream()
                    .filter(a -> a.kind == ActorKind.ORGANISATION && Acronyms.spells(acronym.name, a.name))
                    .findFirst();
            if (expanded.isPresent()) {
                expanded.get().aliases.add(acronym.name);
                // What the acronym's own context taught ("the specialized agency UNESCO") still holds.
                if (expanded.get().role.isEmpty()) {
                    expanded.get().role = acronym.role;
                }
                if (expanded.get().sector.isEmpty()) {
                    expanded.get().sector = acronym.sector;
                }
                if (expanded.get().country.isEmpty()) {
                    expanded.get().country = acronym.country;
                }
                entry.setValue(new Resolved(
                        mention.first(), mention.last(), mention.type(), expanded.get().id, mention.role()));
            }
        }
        actors.values()
                .removeIf(
                        a -> bySpan.values().stream().noneMatch(m -> m.actorId().equals(a.id))
                                && Acronyms.isAcronym(a.name)
                                && a.kind == ActorKind.ORGANISATION);
    }

    // "the House" after "the House of Representatives", "the Court" after "the Court of Session": a body named
    // earlier in full, when only one earlier body fits.
    // "Mahan" after "Mahan Air": NER tags the short form a person, but the article named an organisation so, and no
    // person whose name holds the word.
    private Optional<ActorDraft> namedCompany(String surface) {
        if (!personNames.fullestName(surface).equals(surface) || surface.contains(" ")) {
            return Optional.empty();
        }
        List<ActorDraft> candidates = actors.values().stream()
                .filter(a -> a.kind == ActorKind.ORGANISATION)
                .filter(a -> a.name.startsWith(surface + " "))
                .toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    // "Ford" after "Ford Motor Company"; not when a person of the article bears the name ("Henry Ford").
    private Optional<ActorDraft> shortenedCompany(String shortName) {
        return personNames.knows(shortName)
                ? Optional.empty()
                : ShortOrganisationNames.fullNameOf(shortName, actors.values());
    }

    private Optional<ActorDraft> fullerBody(String shortName) {
        List<String> patterns = new ArrayList<>(List.of(" " + shortName + " of "));
        // "the State Department" after "the United States Department of State", "Justice Ministry" after "Ministry
        // of Justice": English names a body by its field either before it or after "of".
        String[] words = shortName.split(" ");
        if (words.length == 2) {
            patterns.add(" " + words[1] + " of " + words[0] + " ");
            patterns.add(" " + words[1] + " of the " + words[0] + " ");
        }
        List<ActorDraft> candidates = actors.values().stream()
                .filter(a -> a.kind == ActorKind.ORGANISATION || a.kind == ActorKind.GOVERNMENT)
                .filter(a -> patterns.stream().anyMatch(p -> (" " + a.name + " ").contains(p)))
                .toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    // "Senate Minority Leader Chuck Schumer", "Gazprom CEO Alexei Miller": the body the person serves.
    private String affiliationRole(Found mention) {
        int head = headOf(mention);
        int governor = tree.head(head);
        boolean modifiesPerson =
                tree.token(head).deprel().equals("compound") && governor > mention.last() && personAt(governor);
        return modifiesPerson ? "affiliation" : "";
    }

    /**
     * "US Embassy", "Indonesian National Police", "Russian Defence Ministry": a body of the state named with its
     * country is coded under that country, as the organisations a description gives are ("org:RUS:state-media"), so
     * that its events are the country's (CAMEO USAGOV, IDNCOP). Only state sectors: a company's name may hold a
     * country word ("American Airlines") without belonging to the state.
     */
    private Optional<String> stateBodyCountry(Found mention) {
        boolean stateBody = kb.orgHeadSector(tree.token(mention.last()).lemma())
                .filter(Institutions.SECTORS::contains)
                .isPresent();
        return stateBody ? countryInsideName(mention).or(() -> cityInsideName(mention)) : Optional.empty();
    }

    // "Toronto Police Service", "Lahore High Court": a city in a state body's name tells its country.
    private Optional<String> cityInsideName(Found mention) {
        for (int first = mention.first(); first <= mention.last(); first++) {
            StringBuilder words = new StringBuilder();
            for (int last = first; last <= mention.last() && last - first < 3; last++) {
                words.append(tree.token(last).word());
                Optional<String> country = kb.cityCountry(words.toString());
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Superior Court", "the Supreme Court" without a country: a state body of an article about one country is that
     * country's, so its events get the country's code (USAJUD). Its id stays what its name gave.
     */
    private void placeStateBodies() {
        for (ActorDraft actor : List.copyOf(actors.values())) {
            boolean stateBody = actor.kind == ActorKind.ORGANISATION
                    && actor.country.isEmpty()
                    && Institutions.SECTORS.contains(actor.sector);
            if (stateBody) {
                institutions.articleCountry().ifPresent(c -> actor.learnCountry(c, null));
            }
        }
    }

    private Optional<String> countryInsideName(Found mention) {
        for (int i = mention.first(); i <= mention.last(); i++) {
            Optional<KbEntry> entry = kb.lookup(tree.token(i).word());
            if (entry.isPresent() && entry.get().kind() == ActorKind.COUNTRY) {
                return Optional.of(entry.get().country());
            }
        }
        return Optional.empty();
    }

    // "energy giant Gazprom", "Russian news agency TASS": the description gives role, sector and country.
    private void learnOrganisationModifiers(ActorDraft organisation, Found mention) {
        Modifiers modifiers = modifiersOf(mention);
        modifiers.country().ifPresent(c -> organisation.learnCountry(c.iso3(), c.evidence()));
        for (int token : modifiers.tokens()) {
            Optional<String> sector = kb.orgHeadSector(tree.token(token).lemma());
            if (sector.isPresent() && !tree.token(token).isProperNoun()) {
                Span span = new Span(
                        tree.token(modifiers.tokens().first()).span().start(),
                        tree.token(token).span().end());
                organisation.learnRole(document.textOf(span), sector.get(), span);
                return;
            }
        }
    }

    private void resolveDescriptions() {
        for (int i = 0; i < tree.size(); i++) {
            if (unnamedNoun(i) && !quantified(i)) {
                int head = i;
                describedCountry(i).ifPresent(country -> resolveDescription(head, country));
            }
        }
    }

    private void resolveDescription(int head, Modifiers.Country country) {
        Token token = tree.token(head);
        Optional<KnowledgeBase.Title> title = kb.title(Tree.lower(token.lemma()));
        Optional<String> orgSector = kb.orgHeadSector(token.lemma());
        int first = descriptionStart(head);
        Span span = new Span(tree.token(first).span().start(), token.span().end());
        boolean singularTitle = title.isPresent() && !token.pos().equals("NNS");
        Optional<String> institution = institutions.sectorAt(head);
        if (institution.isPresent() && !singularTitle) {
            ActorDraft body =
                    institution(institutions.of(institution.get(), placeOf(head, country), document.textOf(span)));
            recordSpan(first, head, MentionType.DESCRIPTION, body.id, "");
        } else if (title.isPresent() && token.pos().equals("NNS")) {
            pluralTitleActor(title.get(), country.iso3())
                    .ifPresent(id -> recordSpan(first, head, MentionType.DESCRIPTION, id, ""));
        } else if (title.isPresent() && !modifiesPerson(head)) {
            String actorId = IndefiniteDescriptions.introducesSomeone(tree, head)
                    ? IndefiniteDescriptions.unnamedHolder(actors, tree, head, title.get(), country.iso3())
                            .orElseGet(() -> officeHolder(head, title.get(), country, document.textOf(span)))
                            .id
                    : recentPersonOf(country.iso3(), first)
                            .or(() -> nearbyPersonOfUnknownCountry(first))
                            .orElseGet(() -> officeHolder(head, title.get(), country, document.textOf(span)).id);
            ActorDraft described = actors.get(actorId);
            if (described.kind == ActorKind.PERSON) {
                described.learnCountry(country.iso3(), country.evidence());
                described.learnRole(title.get().role(), title.get().sector(), span);
            }
            recordSpan(first, head, MentionType.DESCRIPTION, actorId, "");
        } else if (orgSector.isPresent()) {
            ActorDraft organisation = describedOrganisation(head, first, country, orgSector.get(), span);
            recordSpan(first, head, MentionType.DESCRIPTION, organisation.id, "");
        }
    }

    // "an Iowa judge" whom the text does not name acts for the judiciary, "the Russian leader" for the government.
    private ActorDraft officeHolder(int head, KnowledgeBase.Title title, Modifiers.Country country, String asWritten) {
        if (!Institutions.SECTORS.contains(title.sector())) {
            return government(country.iso3());
        }
        return institution(institutions.of(title.sector(), placeOf(head, country), asWritten));
    }

    // The place the noun's own words or "in"/"of" phrase name ("an Iowa judge"), else the described country.
    private Institutions.Place placeOf(int head, Modifiers.Country country) {
        return institutions.namedPlace(head).orElseGet(() -> new Institutions.Place(country.iso3(), null));
    }

    // "no US president has been removed", "any Russian minister": a quantified description refers to nobody, so it
    // must not take the person of that country named earlier.
    private boolean quantified(int noun) {
        return tree.children(noun, "det").stream()
                .anyMatch(d -> QUANTIFYING_DETERMINERS.contains(
                        Tree.lower(tree.token(d).word())));
    }

    /** A common noun of the article that no mention covers yet: a description, a body or a group may stand there. */
    private boolean unnamedNoun(int i) {
        Token token = tree.token(i);
        return tree.inArticle(i) && token.isNoun() && !token.isProperNoun() && !covered(i);
    }

    // "the embassy" after "the US Embassy in London", "the committee" after "the House Oversight Committee": a
    // definite common noun names the only body named earlier whose name has that head word.
    private void resolveDefiniteBodies() {
        for (int i = 0; i < tree.size(); i++) {
            Token token = tree.token(i);
            boolean candidate = unnamedNoun(i) && tree.definite(i);
            if (candidate) {
                int index = i;
                earlierBodyNamed(Tree.lower(token.lemma()), i)
                        .ifPresent(id -> recordSpan(index, index, MentionType.DESCRIPTION, id, ""));
            }
        }
    }

    private Optional<String> earlierBodyNamed(String headLemma, int before) {
        Set<String> ids = new TreeSet<>();
        for (Resolved named : List.copyOf(bySpan.values())) {
            ActorDraft actor = actors.get(named.actorId());
            boolean body = actor != null
                    && (actor.kind == ActorKind.ORGANISATION || actor.kind == ActorKind.GOVERNMENT)
                    && named.last() < before
                    && named.type() != MentionType.DESCRIPTION;
            if (body
                    && Tree.lower(tree.token(tree.headOf(named.first(), named.last()))
                                    .lemma())
                            .equals(headLemma)) {
                ids.add(actor.id);
            }
        }
        return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }

    // "the Syrian regime", "the Assad regime", then "the regime": the government of the country named (Regimes).
    private void resolveRegimes() {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            if (unnamedNoun(i)) {
                candidates.add(i);
            }
        }
        for (Regimes.Found regime : new Regimes(tree, regimeLookup()).find(candidates)) {
            ActorDraft government = government(regime.iso3());
            recordSpan(regime.noun(), regime.noun(), MentionType.DESCRIPTION, government.id, Regimes.ROLE);
        }
    }

    // "The Trump administration" is the government, not Trump. The leader's name keeps its own mention, as a name
    // inside a description does ("the Assad regime"); the noun, the head of the phrase, names the government.
    private void resolveLedGovernments() {
        LedGovernments governments = new LedGovernments(tree, actors, bySpan.values());
        for (LedGovernments.Led led :
                governments.find(this::covered, () -> DominantCountry.of(bySpan.values(), actors))) {
            recordSpan(led.noun(), led.noun(), MentionType.DESCRIPTION, government(led.iso3()).id, "");
        }
    }

    private Regimes.Lookup regimeLookup() {
        return new Regimes.Lookup() {
            @Override
            public Optional<String> demonym(int noun) {
                return describedCountry(noun).map(Modifiers.Country::iso3);
            }

            @Override
            public Optional<ActorDraft> actorAt(int token) {
                return bySpan.values().stream()
                        .filter(m -> m.covers(token))
                        .map(m -> actors.get(m.actorId()))
                        .filter(a -> a != null)
                        .findFirst();
            }

            @Override
            public Optional<String> articleCountry() {
                return DominantCountry.of(bySpan.values(), actors);
            }
        };
    }

    private void resolveDefiniteDescriptions() {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            boolean uncovered = tree.inArticle(i) && tree.token(i).isNoun() && !covered(i);
            if (uncovered && DefiniteDescriptions.isCandidateHead(tree.token(i), kb)) {
                candidates.add(i);
            }
        }
        new DefiniteDescriptions(
                        tree,
                        kb,
                        actors,
                        bySpan.values(),
                        this::government,
                        (head, id) -> recordSpan(head, head, MentionType.DESCRIPTION, id, ""))
                .resolve(candidates);
    }

    // "Patrick Crusius, a 21-year-old gunman ... The gunman surrendered": before collectives and unnamed people, which
    // would make "the gunman" or "the suspect" a group of its own.
    private void resolveDescribedPersons() {
        DescribedPersons described = new DescribedPersons(tree, kb, List.copyOf(bySpan.values()), actors);
        for (int i = 0; i < tree.size(); i++) {
            if (unnamedNoun(i) && ARGUMENT_RELATIONS.contains(tree.token(i).deprel())) {
                int noun = i;
                described.personFor(noun).ifPresent(id -> recordSpan(noun, noun, MentionType.DESCRIPTION, id, ""));
            }
        }
    }

    private void resolvePersonalBodies() {
        for (PersonalBodies.Body body : new PersonalBodies(tree, actors, bySpan.values()).find(this::covered)) {
            recordSpan(body.head(), body.head(), MentionType.DESCRIPTION, bodyActor(body).id, "");
        }
    }

    // "The Biden campaign" keeps its candidate's country.
    private ActorDraft bodyActor(PersonalBodies.Body body) {
        ActorDraft organisation = actor("org:" + Slug.of(body.name()), body.name(), ActorKind.ORGANISATION);
        if (!body.owner().country.isEmpty()) {
            organisation.learnCountry(body.owner().country, null);
        }
        return organisation;
    }

    // "Other Republicans", "Republican officials": a party's people, before unnamed people make officials the state.
    private void resolvePartyMembers() {
        for (PartyMembers.Members members : new PartyMembers(tree, kb).find(this::coveredByActor)) {
            // NER tags "Democrats" MISC, a name no actor was found for; the party's members replace it.
            bySpan.computeIfPresent(
                    members.first() + ":" + members.head(),
                    (key, m) -> m.actorId().isEmpty() ? null : m);
            Optional<String> country = Optional.of(members.country());
            String id = UnnamedPeople.groupId(Slug.of(Tree.lower(members.name())), country);
            ActorDraft group = actor(id, members.name(), ActorKind.GROUP);
            group.learnCountry(members.country(), null);
            group.learnRole("", PARTY_SECTOR, null);
            recordSpan(members.first(), members.head(), MentionType.DESCRIPTION, group.id, "");
        }
    }

    // "Democratic members of the House", "Republican Kevin McCarthy": the capitalised adjective the tagger marks as a
    // name of its own (MISC) says the party, so it is the party's actor, the one "Democratic Party" gets elsewhere.
    private void resolvePartyAdjectives() {
        for (Resolved mention : List.copyOf(bySpan.values())) {
            boolean bareAdjective = mention.type() == MentionType.MISC
                    && mention.first() == mention.last()
                    && mention.actorId().isEmpty();
            if (bareAdjective) {
                PartyMembers.partyOfAdjective(tree.token(mention.first()).word())
                        .ifPresent(party -> recordParty(mention, party));
            }
        }
    }

    private void recordParty(Resolved mention, PartyMembers.Party party) {
        ActorDraft organisation = actor("org:" + Slug.of(party.name()), party.name(), ActorKind.ORGANISATION);
        organisation.learnCountry(party.country(), null);
        organisation.learnRole("", PARTY_SECTOR, null);
        bySpan.put(
                mention.first() + ":" + mention.last(),
                new Resolved(mention.first(), mention.last(), MentionType.ORGANISATION, organisation.id, ""));
    }

    // "Police arrested two men", "protesters marched": a group the text names only by what it is still acts.
    private void resolveCollectives() {
        for (int i = 0; i < tree.size(); i++) {
            Token token = tree.token(i);
            boolean argument = unnamedNoun(i)
                    && (ARGUMENT_RELATIONS.contains(token.deprel())
                            || Crowds.isMemberPhrase(tree, i)
                            || ClaimOwners.isOwnerPhrase(tree, i));
            boolean candidate =
                    argument || untaggedInstrumentOwner(i) || untaggedInstitutionName(i) || forceBeforeItsAct(i);
            Optional<Institutions.Institution> institution =
                    candidate && !quantified(i) ? institutions.at(i) : Optional.empty();
            if (institution.isPresent()) {
                recordSpan(i, i, MentionType.DESCRIPTION, institution(institution.get()).id, "");
            } else if (candidate) {
                int index = i;
                kb.collectiveSector(token.word())
                        .or(() -> kb.collectiveSector(token.lemma()))
                        .ifPresent(sector -> collective(index, sector));
            }
        }
    }

    // "suspend Parliament", "the Government said": British and Commonwealth news name the national legislature and
    // government by the capitalised common word alone, which the tagger leaves untagged as a proper noun. Standing
    // alone as an argument or after "of" it is the institution the lower-case word names; inside a longer name
    // ("Parliament Square", "Government House") it is part of that name.
    private boolean untaggedInstitutionName(int i) {
        Token token = tree.token(i);
        return tree.inArticle(i)
                && token.isProperNoun()
                && !covered(i)
                && standsAlone(i)
                && (ARGUMENT_RELATIONS.contains(token.deprel())
                        || token.deprel().equals("nmod"))
                && kb.institutionSector(Tree.lower(token.word()))
                        .filter(BARE_NAMED_SECTORS::contains)
                        .isPresent();
    }

    private boolean standsAlone(int i) {
        boolean nameAround = i > 0 && tree.token(i - 1).isProperNoun()
                || i + 1 < tree.size() && tree.token(i + 1).isProperNoun();
        return !nameAround
                && tree.children(i).stream()
                        .noneMatch(c -> tree.token(c).deprel().equals("compound"));
    }

    // "the police shooting of Jacob Blake", "a counter terror police raid": the police or the military compounded on a
    // noun of a one-sided act names who did it, as "police shot Jacob Blake" makes it the subject; news writes the
    // force before its act as it writes "NATO" before "airstrikes". On any other noun ("police officer", "army
    // base") the word stays no actor.
    private boolean forceBeforeItsAct(int i) {
        Token token = tree.token(i);
        int head = tree.head(i);
        return unnamedNoun(i)
                && token.deprel().equals("compound")
                && head > i
                && OneSidedActNouns.at(tree.token(head))
                && FORCE_SECTORS.contains(institutions
                        .sectorAt(i)
                        .or(() -> kb.collectiveSector(Tree.lower(token.word())))
                        .orElse(""));
    }

    // "Coalition aircraft destroyed": a capitalised collective word on a military instrument that no name tagger
    // took for a name (tagged a proper or a common noun) still names who owns the instrument, as the lower-case word
    // would in an argument. On any other noun ("Coalition government", "Coalition talks") it names nothing.
    private boolean untaggedInstrumentOwner(int i) {
        Token token = tree.token(i);
        return tree.inArticle(i)
                && token.isNoun()
                && Character.isUpperCase(token.word().charAt(0))
                && !covered(i)
                && INSTRUMENT_OWNER_RELATIONS.contains(token.deprel())
                && tree.head(i) >= 0
                && Instruments.isInstrument(tree.token(tree.head(i)).lemma());
    }

    // "Iranian protesters", "Hong Kong students", "protesters from Hong Kong" are that country's group, as unnamed
    // people of people.tsv are.
    private void collective(int head, String sector) {
        String slug = Slug.of(Tree.lower(tree.token(head).lemma()));
        Optional<String> country =
                describedCountry(head).map(Modifiers.Country::iso3).or(() -> Modifiers.origin(tree, found, head));
        String id = UnnamedPeople.groupId(slug, country);
        ActorDraft group = actor(id, Tree.lower(tree.token(head).word()), ActorKind.GROUP);
        country.ifPresent(iso3 -> group.learnCountry(iso3, null));
        group.learnRole("", sector, null);
        recordSpan(head, head, MentionType.DESCRIPTION, group.id, "");
    }

    // "Iranian officials", "Turkish soldiers": a group of the state's people, never one recently named person.
    private Optional<String> pluralTitleActor(KnowledgeBase.Title title, String iso3) {
        return switch (title.sector()) {
            case "GOV", "LEG" -> Optional.of(government(iso3).id);
            case "MIL" -> Optional.of(military(iso3).id);
            default -> Optional.empty();
        };
    }

    private ActorDraft military(String iso3) {
        ActorDraft military =
                actor("org:" + iso3 + ":military", "military of " + kb.countryName(iso3), ActorKind.ORGANISATION);
        military.learnCountry(iso3, null);
        military.learnRole("military", "MIL", null);
        return military;
    }

    private ActorDraft describedOrganisation(int head, int first, Modifiers.Country country, String sector, Span span) {
        if (GOVERNMENT_HEADS.contains(Tree.lower(tree.token(head).lemma()))) {
            return government(country.iso3());
        }
        StringBuilder words = new StringBuilder();
        for (int i = first; i <= head; i++) {
            boolean countryWord = kb.lookup(tree.token(i).word()).isPresent()
                    || tree.token(i).deprel().equals("case");
            if (!countryWord && tree.dominates(head, i)) {
                words.append(words.length() == 0 ? "" : " ")
                        .append(tree.token(i).word());
            }
        }
        String description = words.toString();
        ActorDraft organisation = actor(
                "org:" + country.iso3() + ":" + Slug.of(description), document.textOf(span), ActorKind.ORGANISATION);
        organisation.learnCountry(country.iso3(), country.evidence());
        organisation.learnRole(description, sector, span);
        return organisation;
    }

    private int descriptionStart(int head) {
        int first = head;
        for (int child : tree.children(head)) {
            if (child < first && MODIFIER_RELATIONS.contains(tree.token(child).deprel())) {
                first = Math.min(first, leftEdge(child));
            }
        }
        return first;
    }

    private int leftEdge(int index) {
        int left = index;
        for (int child : tree.children(index)) {
            left = Math.min(left, leftEdge(child));
        }
        return left;
    }

    private boolean modifiesPerson(int head) {
        int governor = tree.head(head);
        boolean governorIsPerson = governor >= 0 && personAt(governor);
        boolean hasPersonAppos = tree.children(head, "appos").stream().anyMatch(this::personAt);
        return governorIsPerson || hasPersonAppos;
    }

    private boolean personAt(int token) {
        return found.stream().anyMatch(f -> f.type() == MentionType.PERSON && f.covers(token));
    }

    private Optional<Modifiers.Country> describedCountry(int head) {
        return Modifiers.of(tree, found, Set.of(head), kb, document).country();
    }

    private Optional<String> recentPersonOf(String iso3, int before) {
        return bySpan.values().stream()
                .filter(m -> m.first() < before && m.type() == MentionType.PERSON)
                .filter(m -> actors.containsKey(m.actorId())
                        && actors.get(m.actorId()).country.equals(iso3))
                .max((a, b) -> Integer.compare(a.first(), b.first()))
                .map(Resolved::actorId);
    }

    // "Putin spoke. The Russian leader left.": the description also teaches the person's country and role.
    private Optional<String> nearbyPersonOfUnknownCountry(int before) {
        int sentence = tree.token(before).sentence();
        return bySpan.values().stream()
                .filter(m -> m.first() < before && m.type() == MentionType.PERSON)
                .filter(m -> sentence - tree.token(m.first()).sentence() <= 1)
                .max((a, b) -> Integer.compare(a.first(), b.first()))
                .map(Resolved::actorId)
                .filter(id -> actors.get(id).country.isEmpty());
    }

    private void resolvePronouns() {
        new BoundPossessives(tree, actors, bySpan.values()).learnGenders();
        new PronounResolver(
                        tree,
                        actors,
                        bySpan.values(),
                        (pronoun, id) -> recordSpan(pronoun, pronoun, MentionType.PRONOUN, id, ""))
                .resolve();
    }

    private Modifiers modifiersOf(Found mention) {
        Set<Integer> own = new TreeSet<>();
        for (int i = mention.first(); i <= withPostNominals(mention.last()); i++) {
            own.add(i);
        }
        return Modifiers.of(tree, found, own, kb, document);
    }

    // "Judge Durham Hall QC": letters cut from the name may head its phrase, so the title and country words that
    // describe the person hang on them.
    private int withPostNominals(int last) {
        int end = last;
        for (int i = last + 1; i < tree.size() && tree.sameSentence(last, i); i++) {
            String word = tree.token(i).word();
            if (PostNominalLetters.isPostNominal(word)) {
                end = i;
            } else if (!word.equals(",")) {
                break;
            }
        }
        return end;
    }

    private ActorDraft actor(String id, String name, ActorKind kind) {
        return actors.computeIfAbsent(id, key -> new ActorDraft(key, name, kind));
    }

    private void record(Found mention, String actorId, String role) {
        recordSpan(mention.first(), mention.last(), mention.type(), actorId, role);
    }

    private void recordSpan(int first, int last, MentionType type, String actorId, String role) {
        bySpan.putIfAbsent(first + ":" + last, new Resolved(first, last, type, actorId, role));
    }

    private boolean coveredByActor(int index) {
        return bySpan.values().stream()
                .anyMatch(m -> m.covers(index) && !m.actorId().isEmpty());
    }

    private boolean covered(int index) {
        return bySpan.values().stream().anyMatch(m -> m.first() <= index && index <= m.last());
    }

    private int headOf(Found mention) {
        return tree.headOf(mention.first(), mention.last());
    }

    private String surface(Found mention) {
        Span span = new Span(
                tree.token(mention.first()).span().start(),
                tree.token(mention.last()).span().end());
        return document.textOf(span);
    }

    private List<Mention> mentions() {
        List<Mention> result = new ArrayList<>();
        for (Resolved m : bySpan.values()) {
            Span span = new Span(
                    tree.token(m.first()).span().start(),
                    tree.token(m.last()).span().end());
            result.add(new Mention(span, document.textOf(span), m.type(), m.actorId(), m.role()));
        }
        for (Mention given : document.mentions()) {
            boolean replaced = result.stream().anyMatch(r -> r.span().overlaps(given.span()));
            if (!replaced) {
                result.add(given);
            }
        }
        result.sort((a, b) -> a.span().compareTo(b.span()));
        return result;
    }
}
