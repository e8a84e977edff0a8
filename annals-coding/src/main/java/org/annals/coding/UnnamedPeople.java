package org.annals.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.annals.coding.MentionFinder.Found;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * People the text names only by what they are: "two journalists were detained", "gunmen kidnapped a doctor",
 * "Iranian journalists", "officials said". Each word of {@code people.tsv} that stands as a verb's argument becomes
 * a group actor with its sector; unnamed office-holders ("officials said") become the government of the article's
 * country, while the one unnamed holder of a title ("the prime minister said") stays that office's holder, with its
 * country and sector. Runs after names, descriptions and collectives, so a title linked to a named person keeps that
 * person.
 */
final class UnnamedPeople {
    private static final Map<String, String> SECTORS = load();
    private static final Set<String> ARGUMENTS =
            Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "obl", "conj");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "obl:agent");
    // "no journalists were hurt", "any doctor": a quantified noun refers to nobody in particular.
    private static final Set<String> NOBODY = Set.of("no", "any", "every", "each");
    // "people" names an agent only when counted ("five people", "dozens of people"), never in "many people believe"
    // or "the people of X", which name a population, not a group that acted.
    private static final Set<String> COUNTED_ONLY = Set.of("people", "person", "individual");
    // "told reporters", "said to journalists", "spoke to residents": the audience of what is said is how news is told.
    private static final Set<String> SPEECH_VERBS =
            Set.of("tell", "say", "speak", "talk", "brief", "address", "explain", "announce", "write");
    private static final Set<String> COMPARING = Set.of("as", "like");
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG");
    private static final String GOVERNMENT_COMPOUND = "government ";
    // The tagger's tags for a date or time: "an official Monday said" names a person before the day.
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
    // "officials are removed from office", "a federal official can be impeached": what happens as a rule, not news.
    private static final Set<String> GENERIC_MODALS = Set.of("can", "may", "must", "should");
    private static final Set<String> PRESENT_TENSE = Set.of("VBP", "VBZ");
    private static final Set<String> NAMING_RELATIONS = Set.of("compound", "nmod:poss", "nmod", "appos");
    // "company officials", "the club's spokesman": the office is of a body, not of the state.
    private static final Set<String> BODY_WORDS =
            Set.of("company", "firm", "club", "team", "party", "union", "school", "university", "hospital", "bank");

    private final Tree tree;
    private final KnowledgeBase kb;
    private final Document document;
    private final List<Found> found;
    private final Map<String, ActorDraft> actors;
    private final List<Resolved> resolved;
    private final Function<String, ActorDraft> government;
    private final BiConsumer<Integer, String> record;

    UnnamedPeople(
            ActorIndexes indexes,
            Map<String, ActorDraft> actors,
            Collection<Resolved> resolved,
            Function<String, ActorDraft> government,
            BiConsumer<Integer, String> record) {
        this.tree = indexes.tree();
        this.kb = indexes.kb();
        this.document = indexes.document();
        this.found = indexes.found();
        this.actors = actors;
        this.resolved = new ArrayList<>(resolved);
        this.government = government;
        this.record = record;
    }

    /** What the resolver knows of one document that this pass reads. */
    record ActorIndexes(Tree tree, KnowledgeBase kb, Document document, List<Found> found) {}

    void resolve() {
        Optional<String> articleCountry = DominantCountry.of(resolved, actors);
        Map<Integer, String> assigned = new HashMap<>();
        for (int i = 0; i < tree.size(); i++) {
            if (candidate(i)) {
                int noun = i;
                Optional<Integer> earlier = definite(noun) ? earlierSameNoun(noun) : Optional.empty();
                Optional<String> id = earlier.isPresent()
                        ? actorAt(earlier.get(), assigned)
                        : sectorOf(i).flatMap(entry -> actorFor(noun, entry, articleCountry));
                id.ifPresent(actor -> {
                    assigned.put(noun, actor);
                    record.accept(noun, actor);
                });
            }
        }
    }

    // "an Interpol spokesperson stated. The spokesperson added": a definite noun after the same noun is that one.
    private Optional<Integer> earlierSameNoun(int noun) {
        String lemma = Tree.lower(tree.token(noun).lemma());
        for (int j = noun - 1; j >= 0; j--) {
            if (tree.inArticle(j)
                    && tree.token(j).isNoun()
                    && Tree.lower(tree.token(j).lemma()).equals(lemma)) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }

    private Optional<String> actorAt(int token, Map<Integer, String> assigned) {
        if (assigned.containsKey(token)) {
            return Optional.of(assigned.get(token));
        }
        return resolved.stream()
                .filter(m -> m.covers(token))
                .map(Resolved::actorId)
                .filter(id -> !id.isEmpty())
                .findFirst();
    }

    private boolean definite(int noun) {
        return tree.definite(noun);
    }

    private boolean candidate(int i) {
        Token token = tree.token(i);
        boolean argument = ARGUMENTS.contains(token.deprel())
                || Arguments.onReflexiveObject(tree, i)
                || Crowds.isMemberPhrase(tree, i)
                || ClaimOwners.isOwnerPhrase(tree, i);
        return tree.inArticle(i)
                && token.isNoun()
                && !token.isProperNoun()
                && argument
                && !covered(i)
                && !quantifiedToNobody(i)
                && !ofNamedBody(i)
                && !countedBack(i)
                && !audience(i)
                // "worked as a nurse", "behaves like a bully boy": what someone is or resembles, not who acts.
                && !COMPARING.contains(tree.preposition(i))
                && !generic(i)
                && !attributive(i);
    }

    // "according to the official WHO report", "the police report": a singular noun written straight before another
    // noun or a name qualifies it, even where the parser took it for the head ("official" read as "an official").
    // A date after it ("an official Monday said") or a person's name ("the official John Smith") leaves it a person.
    private boolean attributive(int noun) {
        int next = noun + 1;
        if (!tree.token(noun).pos().equals("NN") || next >= tree.size() || !tree.sameSentence(noun, next)) {
            return false;
        }
        Token token = tree.token(next);
        boolean nounNext = token.isNoun() && !token.isProperNoun();
        return !TIME_TAGS.contains(token.ner()) && (nounNext || startsNonPersonName(next));
    }

    private boolean startsNonPersonName(int index) {
        return found.stream().anyMatch(f -> f.first() == index && f.type() != MentionType.PERSON);
    }

    private Optional<String> actorFor(int noun, Entry entry, Optional<String> articleCountry) {
        if (COUNTED_ONLY.contains(entry.lemma()) && !counted(noun)) {
            return Optional.empty();
        }
        Optional<String> country = Modifiers.of(tree, found, Set.of(noun), kb, document)
                .country()
                .map(Modifiers.Country::iso3)
                .or(() -> Modifiers.origin(tree, found, noun));
        if (entry.lemma().startsWith(GOVERNMENT_COMPOUND)) {
            return official(noun, entry, country.or(this::onlyGovernment).or(() -> articleCountry));
        }
        if (STATE_SECTORS.contains(entry.sector())) {
            // "the foreign ministers" after "ministers of several countries": a definite plural refers back to
            // people the article introduced, who need not be of its country.
            Optional<String> fallback = definitePlural(noun) ? Optional.empty() : articleCountry;
            return official(noun, entry, country.or(() -> fallback));
        }
        return Optional.of(group(noun, entry, country).id);
    }

    // "officials said", "the mayor", "a spokesman": the government of the country a modifier or the article gives;
    // none when the article names a person with that role (who may be meant).
    private Optional<String> official(int noun, Entry entry, Optional<String> country) {
        if (personWithRoleOf(noun)) {
            return Optional.empty();
        }
        // "the prime minister said" with nobody named so: one holder of the office speaks, not the government.
        if (singularTitle(noun)) {
            return Optional.of(group(noun, entry, country).id);
        }
        return Optional.of(
                country.map(iso3 -> government.apply(iso3)).orElseGet(() -> group(noun, entry, Optional.empty())).id);
    }

    private boolean singularTitle(int noun) {
        return tree.token(noun).pos().equals("NN")
                && definite(noun)
                && kb.title(Tree.lower(tree.token(noun).lemma())).isPresent();
    }

    private boolean definitePlural(int noun) {
        return tree.token(noun).pos().equals("NNS") && definite(noun);
    }

    // "the two parents", "the three journalists": a definite count refers back to people the article named.
    private boolean countedBack(int noun) {
        return definite(noun) && !tree.children(noun, "nummod").isEmpty();
    }

    // "government forces" after "the government of Syria": the one national government the article names.
    private Optional<String> onlyGovernment() {
        List<String> countries = resolved.stream()
                .map(m -> actors.get(m.actorId()))
                .filter(a -> a != null && a.kind == ActorKind.GOVERNMENT && !a.country.isEmpty())
                .map(a -> a.country)
                .distinct()
                .toList();
        return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
    }

    private boolean personWithRoleOf(int noun) {
        String word = Tree.lower(tree.token(noun).lemma());
        Optional<KnowledgeBase.Title> title = kb.title(word);
        return title.isPresent()
                && actors.values().stream()
                        .anyMatch(a -> BareTitles.answersTo(a, title.get().role(), word));
    }

    // "company officials", "Hamas fighters", "the killers of X", "the minister, Ann Lee": people of a named body or
    // person, or named in apposition, are known through it, not a group of their own.
    private boolean ofNamedBody(int noun) {
        for (int child : tree.children(noun)) {
            Token token = tree.token(child);
            boolean of =
                    !token.deprel().equals("nmod") || tree.preposition(child).equals("of");
            // "an official from the transit agency" speaks for the agency; "officials from Iran" are Iran's, and
            // "researchers from a university" remain researchers.
            boolean fromBody = token.deprel().equals("nmod")
                    && tree.preposition(child).equals("from")
                    && coveredByNonCountry(child)
                    && office(noun);
            boolean names = NAMING_RELATIONS.contains(token.deprel())
                    && of
                    && (token.isProperNoun()
                            || BODY_WORDS.contains(Tree.lower(token.lemma()))
                            || coveredByNonCountry(child));
            if (names || fromBody) {
                return true;
            }
        }
        return false;
    }

    private boolean office(int noun) {
        return sectorOf(noun)
                .filter(entry -> STATE_SECTORS.contains(entry.sector()))
                .isPresent();
    }

    private boolean coveredByNonCountry(int token) {
        return resolved.stream()
                .filter(m -> m.covers(token))
                .map(m -> actors.get(m.actorId()))
                .anyMatch(a -> a != null && a.kind != ActorKind.COUNTRY && a.kind != ActorKind.GOVERNMENT);
    }

    private ActorDraft group(int noun, Entry entry, Optional<String> country) {
        String id = groupId(Slug.of(entry.lemma()), country);
        ActorDraft group = actors.computeIfAbsent(id, key -> new ActorDraft(key, name(noun, entry), ActorKind.GROUP));
        country.ifPresent(iso3 -> group.learnCountry(iso3, null));
        group.learnRole("", entry.sector(), null);
        return group;
    }

    /** Whether {@code people.tsv} lists the lower-case lemma as a noun for people ("doctor", "spokesman"). */
    static boolean isPersonNoun(String lemma) {
        return SECTORS.containsKey(lemma);
    }

    /** A group's id, the same in every document: {@code group:LEMMA}, or {@code group:ISO3:LEMMA} with a country. */
    static String groupId(String slug, Optional<String> country) {
        return country.map(iso3 -> "group:" + iso3 + ":" + slug).orElse("group:" + slug);
    }

    // "security forces" keeps its compound, "journalists" is the word as written.
    private String name(int noun, Entry entry) {
        String word = Tree.lower(tree.token(noun).word());
        return entry.lemma().contains(" ")
                ? entry.lemma().substring(0, entry.lemma().lastIndexOf(' ') + 1) + word
                : word;
    }

    private boolean counted(int noun) {
        boolean numbered = !tree.children(noun, "nummod").isEmpty();
        return numbered || Crowds.isMemberPhrase(tree, noun);
    }

    private boolean quantifiedToNobody(int noun) {
        return tree.children(noun, "det").stream()
                .anyMatch(d -> NOBODY.contains(Tree.lower(tree.token(d).word())));
    }

    private boolean audience(int noun) {
        Token token = tree.token(noun);
        int governor = tree.head(noun);
        return !SUBJECTS.contains(token.deprel())
                && governor >= 0
                && SPEECH_VERBS.contains(Tree.lower(tree.token(governor).lemma()));
    }

    private boolean generic(int noun) {
        int verb = tree.head(noun);
        if (verb < 0 || !tree.token(noun).deprel().equals("nsubj:pass")) {
            return false;
        }
        boolean modal = tree.children(verb, "aux").stream()
                .anyMatch(a -> GENERIC_MODALS.contains(Tree.lower(tree.token(a).word())));
        boolean present = tree.children(verb, "aux:pass").stream()
                .anyMatch(a -> PRESENT_TENSE.contains(tree.token(a).pos()));
        return modal || present;
    }

    private boolean covered(int index) {
        return resolved.stream().anyMatch(m -> m.covers(index));
    }

    // The compound before the noun first ("security force"), then the word as written, then its lemma.
    private Optional<Entry> sectorOf(int noun) {
        Token token = tree.token(noun);
        String lemma = Tree.lower(token.lemma());
        List<String> keys = new ArrayList<>();
        tree.children(noun, "compound").stream()
                .filter(c -> c < noun)
                .findFirst()
                .ifPresent(c -> keys.add(Tree.lower(tree.token(c).lemma()) + " " + lemma));
        keys.add(Tree.lower(token.word()));
        keys.add(lemma);
        return keys.stream()
                .filter(SECTORS::containsKey)
                .findFirst()
                .map(key -> new Entry(key.equals(Tree.lower(token.word())) ? lemma : key, SECTORS.get(key)));
    }

    private record Entry(String lemma, String sector) {}

    private static Map<String, String> load() {
        Map<String, String> sectors = new HashMap<>();
        for (String[] row : Tsv.read("/org/annals/coding/people.tsv", 2)) {
            sectors.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        return Map.copyOf(sectors);
    }
}
