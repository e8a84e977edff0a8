package org.annals.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Location;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Modality;
import org.annals.core.Quantity;
import org.annals.core.Sentence;
import org.annals.core.Span;
import org.annals.core.Token;

/** Codes the events of one document; created per document. */
final class EventCoder {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at");
    // Marks verbs whose passive names the target alone ("Navalny was arrested"), an event whose source is unknown.
    private static final String AGENTLESS = "agentless";
    private static final String CONSULT = "CONSULT";
    private static final String REQUEST = "REQUEST";
    private static final String SUPPORT = "SUPPORT";
    private static final String CONDOLENCE = "condolence";
    private static final String RETREAT = "RETREAT";
    private static final String PROTEST = "PROTEST";
    private static final Set<String> PARTICIPLE_RELATIONS = Set.of("advcl", "xcomp", "dep");
    private static final Set<String> ANSWERING_PREPOSITIONS = Set.of("with", "to");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "capital", "village", "region", "port");

    /**
     * What triggered an event: the trigger word, the predicate carrying its arguments, the lexicon entry, and the
     * complement of a phrase ("withdrew from the treaty with Iran"), whose dependents are arguments too, or -1.
     */
    private record Trigger(
            int word,
            int predicate,
            String type,
            String mode,
            List<String> targetSpecs,
            boolean symmetric,
            String rule,
            boolean bareNoun,
            int complement) {

        List<Integer> heads() {
            return complement < 0 ? List.of(word, predicate) : List.of(word, predicate, complement);
        }
    }

    /** A verb phrase's lexicon entry and the complement that completes it, or -1 for the verb alone. */
    private record Phrase(EventLexicon.Verb verb, int complement) {}

    private final EventLexicon lexicon;
    private final Document document;
    private final Tree tree;
    private final ActorIndex index;
    private final Arguments arguments;
    private final ModalityDetector modality;
    private final EventDater dater;
    private final VerbSenses senses;
    private final RefusedRequests refusals;
    private final AddressedRequests addressed;
    private final EarlierRequests earlier;
    private final ForceActs force;
    private final ActAuthors authors;
    private final TriggerLog log;
    private final MissingArguments missing;
    private final RefusedActs refusedActs;
    private final DeniedTellings deniedTellings;
    private final Coups coups;
    private final UnclaimedProtests protests;
    private final NounFrames frames;
    private final ReceivedActs received;
    private final LightVerbs lightVerbs;
    private final ProtestedGovernments protested;
    private final ArmedSides armedSides;
    private final VerbalAttacks verbalAttacks;
    private final OwnLegislatures ownLegislatures;
    private final OwnPersonnel ownPersonnel;
    private final AimsGivenUp aimsGivenUp;
    private final TitledDocuments titledDocuments;
    private final OwnedThings ownedThings;
    private final FeltTargets feltTargets;
    private final ReleasedPeople releasedPeople;
    private final AttacksInSupport attacksInSupport;
    private final MeasuredNouns measured;
    private final DirectQuestions questions;
    private final EmbeddedQuestions embeddedQuestions;
    private final GriefAtDeaths griefs;
    private final ModifierAuthors modifierAuthors;
    private final AnnouncingBodies announcers;
    private final UndergoneActs undergone;
    private final FirstPersonSpeakers firstPerson;

    EventCoder(EventLexicon lexicon, ActNouns acts, Document document, Tree tree) {
        this(lexicon, acts, document, tree, TriggerLog.NONE);
    }

    EventCoder(EventLexicon lexicon, ActNouns acts, Document document, Tree tree, TriggerLog log) {
        this.log = log;
        this.lexicon = lexicon;
        this.document = document;
        this.tree = tree;
        this.index = new ActorIndex(document);
        this.arguments = new Arguments(tree, index);
        this.modality = new ModalityDetector(tree);
        this.dater = new EventDater(tree, document);
        this.senses = new VerbSenses(tree, lexicon);
        this.refusals = new RefusedRequests(tree, lexicon, arguments);
        this.addressed = new AddressedRequests(tree, arguments);
        this.earlier = new EarlierRequests(tree, lexicon);
        this.force = new ForceActs(tree, lexicon, arguments, index);
        this.authors = new ActAuthors(document, tree, arguments, acts);
        this.missing = new MissingArguments(tree);
        this.refusedActs = new RefusedActs(tree, arguments, authors, earlier);
        this.deniedTellings = new DeniedTellings(tree, arguments);
        this.coups = new Coups(tree, arguments, index);
        this.protests = new UnclaimedProtests(tree, index);
        this.frames = new NounFrames(tree, arguments);
        this.received = new ReceivedActs(tree, arguments);
        this.lightVerbs = new LightVerbs(tree, arguments);
        this.armedSides = new ArmedSides(index);
        this.verbalAttacks = new VerbalAttacks(index);
        this.ownLegislatures = new OwnLegislatures(index);
        this.ownPersonnel = new OwnPersonnel(tree, index);
        this.aimsGivenUp = new AimsGivenUp(tree);
        this.titledDocuments = new TitledDocuments(index);
        this.ownedThings = new OwnedThings(tree);
        this.feltTargets = new FeltTargets(tree, arguments, acts);
        this.undergone = new UndergoneActs(tree);
        this.firstPerson = new FirstPersonSpeakers(tree, document, index);
        this.releasedPeople = new ReleasedPeople(tree, index);
        this.attacksInSupport = new AttacksInSupport(tree, lexicon);
        this.measured = new MeasuredNouns(tree);
        this.questions = new DirectQuestions(tree);
        this.embeddedQuestions = new EmbeddedQuestions(tree);
        this.griefs = new GriefAtDeaths(tree, arguments);
        this.modifierAuthors = new ModifierAuthors(tree, index);
        this.announcers = new AnnouncingBodies(tree, arguments, index);
        this.protested = new ProtestedGovernments(index, id -> index.actor(id).or(() -> protests.impliedActor(id)));
    }

    /** The document with the institutions the coded events imply but no mention named. */
    Document withImpliedActors(Document coded) {
        return protests.withImpliedActors(coups.withImpliedActors(coded));
    }

    List<Event> code() {
        Map<String, List<Event>> merged = new LinkedHashMap<>();
        Map<String, List<Event>> retold = new LinkedHashMap<>();
        for (Sentence sentence : document.sentences()) {
            for (int i = sentence.firstToken(); i < sentence.endToken() && i < tree.size(); i++) {
                if (!tree.inArticle(i)) {
                    continue;
                }
                Optional<Trigger> trigger = trigger(i);
                if (trigger.isEmpty()) {
                    log.untriggered(i);
                } else {
                    int word = i;
                    code(sentence, trigger.get()).ifPresent(e -> {
                        earlier.add(e);
                        protests.noteCoded(e);
                        authors.add(e);
                        kept(merged, retold, e).ifPresent(reason -> log.dropped(word, reason, e.type()));
                    });
                }
            }
        }
        List<Event> events = new ArrayList<>();
        List<Event> ordered = UnclaimedProtests.withoutRetellings(
                ForceActs.withoutUnclaimedDuplicates(protests.withRetellings(merged.values().stream()
                        .flatMap(List::stream)
                        .sorted((a, b) -> a.evidence().compareTo(b.evidence()))
                        .toList())));
        for (Event e : ordered) {
            events.add(e.withId(document.id() + ":" + (events.size() + 1)));
        }
        return events;
    }

    // "was in not life-threatening condition": a participle ending a hyphenated adjective describes; it is no act. A
    // name leading the compound keeps it ("US-backed forces").
    private boolean endsHyphenatedAdjective(int i) {
        if (i < 2) {
            return false;
        }
        Token hyphen = tree.token(i - 1);
        Token first = tree.token(i - 2);
        return hyphen.word().equals("-")
                && hyphen.span().end() == tree.token(i).span().start()
                && first.span().end() == hyphen.span().start()
                && !first.isProperNoun();
    }

    private Optional<Trigger> trigger(int i) {
        Token token = tree.token(i);
        Optional<Trigger> grief = griefAtDeath(i);
        if (grief.isPresent()) {
            return grief;
        }
        if (token.isVerb() && endsHyphenatedAdjective(i)) {
            return Optional.empty();
        }
        if (token.isVerb()) {
            return phrasalVerb(i)
                    .or(() -> AppealedRulings.at(tree, i).map(v -> new Phrase(v, -1)))
                    .or(() -> senses.of(i).map(v -> new Phrase(v, -1)))
                    .or(() -> lexicon.verb(token.lemma()).map(v -> new Phrase(v, -1)))
                    .or(() -> force.protestGathering(i).map(v -> new Phrase(v, -1)))
                    .map(p -> new Trigger(
                            i,
                            i,
                            p.verb().type(),
                            p.verb().mode(),
                            p.verb().targets(),
                            p.verb().symmetric(),
                            "verb:" + p.verb().trigger(),
                            false,
                            p.complement()));
        }
        if (!token.isNoun() || token.isProperNoun()) {
            return Optional.empty();
        }
        Optional<Trigger> aidByAttack = aidByAttack(i);
        if (aidByAttack.isPresent()) {
            return aidByAttack;
        }
        List<EventLexicon.Noun> entries = lexicon.nouns(token.lemma());
        for (EventLexicon.Noun entry : entries) {
            Optional<Trigger> supported = supported(i, entry).or(() -> framed(i, entry));
            if (supported.isPresent()) {
                return supported;
            }
        }
        return lightSupported(i, entries)
                .or(() -> receivedAct(i, entries))
                .or(() -> entries.stream()
                        .filter(n -> n.bare() && named(n, i) || authoredByModifier(n, i))
                        .findFirst()
                        .map(n -> new Trigger(
                                i, i, n.type(), n.mode(), n.targets(), n.symmetric(), "noun:" + n.lemma(), true, -1)))
                .or(() -> answeredRequest(i, entries))
                .or(() -> unclaimedAttack(i, entries))
                .or(() -> unclaimedProtest(i, entries));
    }

    // A bare noun needs its author named ("Russia's invasion"), or for an undergone act whom it befalls ("his trial").
    private boolean named(EventLexicon.Noun noun, int i) {
        return UndergoneActs.marks(noun.targets()) ? undergone.named(i) && !phraseObject(i) : arguments.hasOwner(i);
    }

    // "the police killing of Rayshard Brooks", "a police raid": a body or an armed force compounded on a noun of a
    // one-sided act is its author (ModifierAuthors), and with its author named the noun tells that the act happened,
    // whatever verb it hangs on, as "Russia's invasion" does. Nouns that need a support verb ("killing", "raid") need
    // it because a possessor may be the victim ("Khashoggi's killing"); a compound is read only when it is a body or a
    // force, never a person, so that doubt does not arise. Only a noun that names an act: "ISIL weapons" are no act.
    private boolean authoredByModifier(EventLexicon.Noun noun, int i) {
        return !UndergoneActs.marks(noun.targets())
                && OneSidedActNouns.at(tree.token(i))
                && !modifierAuthors.author(i, noun.type()).actors().isEmpty();
    }

    // "overturned his conviction" is one act, the phrase's (verbs.tsv); its object is no trigger of its own.
    private boolean phraseObject(int noun) {
        int governor = tree.head(noun);
        if (governor < 0 || !tree.token(noun).deprel().equals("obj")) {
            return false;
        }
        String phrase = Tree.lower(tree.token(governor).lemma()) + " "
                + Tree.lower(tree.token(noun).lemma());
        return lexicon.verb(phrase).isPresent();
    }

    // "conducted strikes in support of the government of Iraq": the attacker aids the actor after "of".
    private Optional<Trigger> aidByAttack(int noun) {
        return attacksInSupport
                .of(noun)
                .map(aid -> new Trigger(
                        noun,
                        aid.attackVerb(),
                        AttacksInSupport.TYPE,
                        aid.mode(),
                        List.of(AttacksInSupport.TARGET),
                        false,
                        AttacksInSupport.RULE,
                        false,
                        -1));
    }

    // "was saddened by the death of X": the subject's grief is sympathy for the dead (GriefAtDeaths).
    private Optional<Trigger> griefAtDeath(int feeling) {
        return griefs.death(feeling)
                .map(death -> new Trigger(
                        feeling,
                        feeling,
                        SUPPORT,
                        CONDOLENCE,
                        GriefAtDeaths.DEAD,
                        false,
                        GriefAtDeaths.RULE + Tree.lower(tree.token(feeling).word()),
                        false,
                        death));
    }

    // "reiterates UK support for Iraq", "issued a call for": a light or reporting verb no row of the noun lists.
    private Optional<Trigger> lightSupported(int noun, List<EventLexicon.Noun> entries) {
        int governor = tree.head(noun);
        if (governor < 0 || !tree.token(governor).isVerb()) {
            return Optional.empty();
        }
        return lightVerbs
                .row(noun, governor, entries)
                .map(n -> new Trigger(
                        noun,
                        governor,
                        n.type(),
                        n.mode(),
                        n.targets(),
                        n.symmetric(),
                        "noun:" + n.lemma() + LightVerbs.ROUTE
                                + Tree.lower(tree.token(governor).lemma()),
                        false,
                        -1));
    }

    // "received death threats", "came under criticism": the subject undergoes what the noun names (ReceivedActs). A
    // protest keeps to UnclaimedProtests, which finds who protested.
    private Optional<Trigger> receivedAct(int noun, List<EventLexicon.Noun> entries) {
        if (entries.isEmpty() || entries.get(0).type().equals(PROTEST)) {
            return Optional.empty();
        }
        EventLexicon.Noun entry = entries.get(0);
        return received.receivingVerb(noun)
                .map(verb -> new Trigger(
                        noun,
                        tree.head(noun),
                        entry.type(),
                        entry.mode(),
                        List.of(),
                        entry.symmetric(),
                        "noun:" + entry.lemma() + ReceivedActs.ROUTE + verb,
                        false,
                        -1));
    }

    // The noun's actors stand outside its owner slots (NounFrames): "a meeting between A and B", "is in talks with B",
    // "a call made by A to B".
    private Optional<Trigger> framed(int noun, EventLexicon.Noun entry) {
        String lemma = "noun:" + entry.lemma();
        if (entry.supportVerbs().contains(NounFrames.BETWEEN)
                && !frames.participants(noun).actors().isEmpty()) {
            return Optional.of(new Trigger(
                    noun,
                    noun,
                    entry.type(),
                    entry.mode(),
                    List.of(NounFrames.BETWEEN),
                    entry.symmetric(),
                    lemma + "/" + NounFrames.BETWEEN,
                    true,
                    -1));
        }
        Optional<Integer> holder =
                entry.supportVerbs().contains(NounFrames.IN_PHRASE) ? frames.inPhraseHolder(noun) : Optional.empty();
        Optional<Trigger> held = holder.map(h -> new Trigger(
                noun,
                h,
                entry.type(),
                entry.mode(),
                entry.targets(),
                entry.symmetric(),
                lemma + "/support:" + NounFrames.IN_PHRASE,
                false,
                -1));
        return held.or(() -> frames.reducedSupport(noun, entry)
                .map(participle -> new Trigger(
                        noun,
                        participle,
                        entry.type(),
                        entry.mode(),
                        entry.targets(),
                        entry.symmetric(),
                        lemma + "/support:" + Tree.lower(tree.token(participle).lemma()) + NounFrames.REDUCED,
                        false,
                        -1)));
    }

    // A noun told by a support verb that names no side may still name both after "between".
    private boolean betweenFrame(Trigger trigger) {
        return trigger.word() != trigger.predicate()
                && lexicon.nouns(tree.token(trigger.word()).lemma()).stream()
                        .anyMatch(n -> n.type().equals(trigger.type())
                                && n.supportVerbs().contains(NounFrames.BETWEEN));
    }

    // "protests continue in Baghdad": a protest told by its noun alone is held by protesters (UnclaimedProtests).
    private Optional<Trigger> unclaimedProtest(int noun, List<EventLexicon.Noun> entries) {
        if (!protests.held(noun, entries)) {
            return Optional.empty();
        }
        EventLexicon.Noun entry = entries.get(0);
        String rule = "noun:" + entry.lemma() + UnclaimedProtests.RULE;
        return Optional.of(new Trigger(
                noun, noun, entry.type(), entry.mode(), entry.targets(), entry.symmetric(), rule, true, -1));
    }

    // "the attack on the embassy", "airstrikes on the city": an attack nobody is named as making is still one.
    private Optional<Trigger> unclaimedAttack(int noun, List<EventLexicon.Noun> entries) {
        return entries.stream()
                .filter(EventLexicon.Noun::bare)
                .flatMap(n -> force.unclaimedTargets(noun, n.type()).stream()
                        .map(specs -> new Trigger(
                                noun, noun, n.type(), n.mode(), specs, false, "noun:" + n.lemma(), true, -1)))
                .findFirst();
    }

    // "refused Kyiv's request", "complied with the request of the court": the request was made by its owner to
    // whoever now answers it, the subject of the verb it hangs on.
    private Optional<Trigger> answeredRequest(int noun, List<EventLexicon.Noun> entries) {
        int governor = tree.head(noun);
        boolean answered = governor >= 0
                && tree.token(governor).isVerb()
                && answeringRelation(noun)
                && !arguments.requester(noun).actors().isEmpty();
        return entries.stream()
                .filter(n -> answered && n.type().equals(REQUEST))
                .findFirst()
                .map(n -> new Trigger(
                        noun,
                        noun,
                        n.type(),
                        n.mode(),
                        List.of(Arguments.ANSWERER),
                        false,
                        "noun:" + n.lemma() + (atRequest(noun) ? "/at-request" : "/answered"),
                        true,
                        -1));
    }

    // Answering takes the request as object or through "with" or "to" ("complied with", "acceded to"), or acts "at"
    // it ("returned at Kyiv's request"); "regarding Kyiv's call, Lee said" only talks about it.
    private boolean answeringRelation(int noun) {
        String deprel = tree.token(noun).deprel();
        return deprel.equals("obj")
                || atRequest(noun)
                || (deprel.equals("obl") && ANSWERING_PREPOSITIONS.contains(tree.preposition(noun)));
    }

    // "returned at the government's request", "did so at the request of Trudeau": the one who acts was asked.
    private boolean atRequest(int noun) {
        return tree.token(noun).deprel().equals("obl") && tree.preposition(noun).equals("at");
    }

    // "stepped down", "found guilty", "opened fire", "took into custody": the verb with its particle, adjective,
    // object or prepositional complement means what the verb alone does not. A prepositional complement keeps its
    // own dependents as arguments: "withdrew from the treaty with Iran" rejects Iran.
    private Optional<Phrase> phrasalVerb(int verb) {
        String lemma = Tree.lower(tree.token(verb).lemma());
        for (int child : tree.children(verb)) {
            Token complement = tree.token(child);
            String word = Tree.lower(complement.lemma());
            Optional<Phrase> phrase =
                    switch (complement.deprel()) {
                        case "compound:prt", "xcomp", "obj" ->
                            lexicon.verb(lemma + " " + word).map(v -> new Phrase(v, -1));
                        case "obl" ->
                            lexicon.verb(lemma + " " + tree.preposition(child) + " " + word)
                                    .map(v -> new Phrase(v, child));
                        default -> Optional.empty();
                    };
            if (phrase.isPresent()) {
                return phrase;
            }
        }
        return Optional.empty();
    }

    // "announced three days of mourning for X": a noun held by a duration reaches its support verb through it, and
    // the duration's dependents may name the target.
    private Optional<Trigger> supported(int noun, EventLexicon.Noun entry) {
        Optional<Integer> measure = measured.measure(noun);
        // "used water cannon and tear gas against": a conjoined noun hangs on the verb through the first conjunct.
        int attached = tree.firstConjunct(measure.orElse(noun));
        int governor = tree.head(attached);
        if (governor < 0 || !tree.token(governor).isVerb()) {
            return Optional.empty();
        }
        Optional<String> support = supportVerb(attached, governor, entry);
        if (support.isEmpty()) {
            return Optional.empty();
        }
        String rule = "noun:" + entry.lemma() + "/support:" + support.get();
        return Optional.of(new Trigger(
                noun,
                governor,
                entry.type(),
                entry.mode(),
                entry.targets(),
                entry.symmetric(),
                rule,
                false,
                measure.orElse(-1)));
    }

    // The noun is the support verb's object ("reached a deal"), or follows the preposition a support entry names
    // ("entered into an agreement" for "enter into").
    private Optional<String> supportVerb(int noun, int governor, EventLexicon.Noun entry) {
        String verb = Tree.lower(tree.token(governor).lemma());
        String deprel = tree.token(noun).deprel();
        if (Set.of("obj", "nsubj:pass").contains(deprel) && entry.supportVerbs().contains(verb)) {
            return Optional.of(verb);
        }
        String withPreposition = verb + " " + tree.preposition(noun);
        return deprel.equals("obl") && entry.supportVerbs().contains(withPreposition)
                ? Optional.of(withPreposition)
                : Optional.empty();
    }

    // Whose act it is, by the route that found the trigger: the giver of a received act, the owner of a bare noun, the
    // owner or subject of a noun on a light verb, else the predicate's subject.
    private Arguments.Found routedSource(Trigger trigger, boolean receivedAct) {
        if (receivedAct) {
            return received.giver(trigger.word(), trigger.predicate(), owner(trigger));
        }
        if (trigger.bareNoun()) {
            return UndergoneActs.marks(trigger.targetSpecs()) ? Arguments.Found.NONE : owner(trigger);
        }
        if (trigger.rule().startsWith(GriefAtDeaths.RULE)) {
            return griefs.mourner(trigger.word());
        }
        if (trigger.rule().contains(LightVerbs.ROUTE)) {
            return lightVerbs.source(trigger.word(), trigger.predicate(), trigger.targetSpecs());
        }
        return arguments.source(trigger.predicate());
    }

    // "Cohen is serving a prison sentence": the sentence was handed down before the report; only a date the text
    // gives is kept, the publication day is not.
    private static EventDater.Dated heldFromEarlier(EventDater.Dated dated, Trigger trigger) {
        boolean published = dated.confidence() <= EventDater.PUBLISHED_CONFIDENCE;
        return published && ReceivedActs.givenEarlier(trigger.rule())
                ? EventDater.Dated.none(Modality.HISTORICAL)
                : dated;
    }

    private Optional<Event> code(Sentence sentence, Trigger trigger) {
        if (questions.asks(sentence)) {
            return drop(trigger, DirectQuestions.REASON, "");
        }
        if (embeddedQuestions.asks(trigger.word())) {
            return drop(trigger, EmbeddedQuestions.REASON, "");
        }
        if (describesStandingSupport(trigger)) {
            return drop(trigger, "standing support: passive participle describing a noun", "");
        }
        boolean receivedAct = trigger.rule().contains(ReceivedActs.ROUTE);
        Arguments.Found source = routedSource(trigger, receivedAct);
        if (source.actors().isEmpty() && !trigger.bareNoun() && !receivedAct) {
            source = force.ownerOfAct(trigger.predicate(), trigger.type());
        }
        if (source.actors().isEmpty() && !trigger.bareNoun() && !receivedAct) {
            source = coups.military(trigger.predicate(), trigger.type());
        }
        if (source.actors().isEmpty() && !trigger.bareNoun() && !receivedAct) {
            source = firstPerson.source(trigger.word(), trigger.predicate(), trigger.type());
        }
        if (source.actors().isEmpty() && betweenFrame(trigger)) {
            // "a pact between Peru and Bolivia was signed": the sides are named on the noun, not on its verb.
            source = frames.participants(trigger.word());
        }
        List<Integer> heads = trigger.heads();
        boolean unclaimedProtest = trigger.rule().endsWith(UnclaimedProtests.RULE);
        Optional<String> placeCountry =
                unclaimedProtest ? placeCountry(protests.placeHolders(trigger.word())) : Optional.empty();
        Optional<String> protestCountry = unclaimedProtest ? protests.country(placeCountry) : Optional.empty();
        if (source.actors().isEmpty() && unclaimedProtest) {
            source = protests.protesters(protestCountry, placeCountry.isPresent());
        }
        Arguments.Found target =
                receivedAct ? received.recipient(trigger.predicate()) : arguments.targets(heads, trigger.targetSpecs());
        if (receivedAct && target.actors().isEmpty()) {
            return drop(trigger, "no target: the recipient is no actor", "");
        }
        if (target.actors().isEmpty()) {
            target = implicitTarget(trigger, source.actors());
        }
        if (target.actors().isEmpty() && unclaimedProtest) {
            target = protests.target(trigger.word(), protestCountry);
        }
        int predicate = trigger.predicate();
        Optional<Integer> patient = trigger.bareNoun() || receivedAct
                ? Optional.empty()
                : arguments.patient(predicate).or(() -> announcers.misparsedPatient(predicate));
        if (patient.isPresent() && target.actors().isEmpty()) {
            target = arguments.actorsOf(patient.get(), "patient");
        }
        if (target.actors().isEmpty() && !source.actors().isEmpty()) {
            target = authors.authorOf(actSlots(heads, trigger, patient), trigger.type(), source.actors());
        }
        if (source.actors().isEmpty() && patient.isPresent() && !target.actors().isEmpty()) {
            // "The federation announced two players were banned": a passive without agent in what a body announces.
            source = announcers.of(predicate, trigger.type(), target.actors(), placeCountry(heads));
        }
        List<String> sources = source.actors();
        boolean agentless = sources.isEmpty()
                && !target.actors().isEmpty()
                && (receivedAct
                        || trigger.bareNoun() && UndergoneActs.marks(trigger.targetSpecs())
                        || patient.isPresent()
                                && (trigger.targetSpecs().contains(AGENTLESS)
                                        || force.actSuffered(trigger.predicate(), trigger.type())
                                                .isPresent()));
        boolean byAnAct = sources.isEmpty() && !target.actors().isEmpty() && actOfSameTypeAsSubject(trigger);
        boolean unclaimed = sources.isEmpty()
                && !target.actors().isEmpty()
                && trigger.targetSpecs().contains(ForceActs.UNCLAIMED);
        if (sources.isEmpty() && !agentless && !byAnAct && !unclaimed) {
            return drop(trigger, missing.source(trigger.predicate(), trigger.bareNoun()));
        }
        if (arguments.excluded(heads, trigger.targetSpecs())) {
            return drop(trigger, "other sense: excluded dependent", "");
        }
        if (aimsGivenUp.givenUp(trigger.type(), heads)) {
            return drop(trigger, "other sense: an aim or a contest given up, not a place left", "");
        }
        if (!target.actors().isEmpty() && target.actors().stream().allMatch(titledDocuments::document)) {
            return drop(trigger, "no target: the title of a document or a measure, no actor", "");
        }
        List<String> targets = target.actors().stream()
                .filter(t -> !sources.contains(t) && !titledDocuments.document(t))
                .toList();
        boolean reflexive = !target.actors().isEmpty()
                && targets.isEmpty()
                && !target.pattern().endsWith(Arguments.POSSESSED);
        if (reflexive && !trigger.symmetric()) {
            // Someone endorsing or blaming themselves is nearly always a wrong pronoun or parse, not news; "killed
            // his sister" names the victim by her relation to the source, and stays an event.
            return Optional.empty();
        }
        String pattern =
                agentless ? AGENTLESS : byAnAct ? "act-subject" : unclaimed ? ForceActs.UNCLAIMED : source.pattern();
        if (trigger.symmetric() && targets.isEmpty() && sources.size() >= 2) {
            targets = sources;
            pattern = pattern + "+symmetric";
        } else if (trigger.symmetric() && targets.isEmpty() && membersMeet(trigger, sources)) {
            targets = sources;
            pattern = pattern + "+members";
        }
        // Without a target most triggers say too little ("Xi denounced bullying behaviour") to be an event.
        boolean targetOptional =
                trigger.targetSpecs().contains("-") || arguments.anchored(heads, trigger.targetSpecs());
        if (targets.isEmpty() && !targetOptional) {
            return drop(trigger, missing.target(heads));
        }
        if (unclaimedProtest && protests.retold(sources, targets, placeCountry.isPresent(), sentence.span())) {
            return drop(trigger, "merged: a protest by the same protesters coded before", "");
        }
        if (ownLegislatures.procedure(trigger.targetSpecs(), sources, targets)) {
            return drop(trigger, "procedure: a state suspending its own legislature", "");
        }
        if (ownPersonnel.internal(trigger.type(), heads, sources, targets)) {
            return drop(trigger, "internal: a meeting with one's own staff or troops", "");
        }
        if (!armedSides.fit(trigger.targetSpecs(), sources, targets)) {
            return drop(trigger, "other sense: no armed force among its actors", "");
        }
        if (verbalAttacks.verbal(trigger.targetSpecs(), trigger.bareNoun(), sources, targets)) {
            trigger = asCriticism(trigger);
            pattern = pattern + "+" + VerbalAttacks.ROUTE;
        }
        if (ownedThings.ownerOfAThing(trigger.targetSpecs(), heads, target)) {
            return drop(trigger, "other sense: a thing named by its owner, not a person", "");
        }
        if (feltTargets.ownerOfAThing(trigger.targetSpecs(), heads, target)) {
            return drop(trigger, "other sense: a feeling about a thing, not about an actor or an act", "");
        }
        if (releasedPeople.noPeopleReleased(trigger.targetSpecs(), agentless, trigger.predicate(), targets)) {
            return drop(trigger, "other sense: no people released", "");
        }
        if (targets.isEmpty() && unarmedRetreat(trigger, sources)) {
            return drop(trigger, "unarmed retreat: a civilian withdrew from nothing named", "");
        }
        if (targets.isEmpty() && trigger.type().equals(PROTEST)) {
            Optional<String> heldIn = unclaimedProtest ? placeCountry : protestPlaceCountry(trigger, heads);
            targets = protested.of(sources, trigger.mode(), heldIn).stream()
                    .filter(t -> !sources.contains(t))
                    .toList();
            pattern = targets.isEmpty() ? pattern : pattern + ProtestedGovernments.ROUTE;
        }
        if (source.group()) {
            pattern = pattern + "+group";
        }
        if (target.pattern().startsWith(ActAuthors.ROUTE) || target.pattern().startsWith(RefusedActs.ROUTE)) {
            pattern = pattern + "+" + target.pattern();
        }
        if (target.pattern().endsWith(Arguments.SHARED_OBJECT)) {
            pattern = pattern + Arguments.SHARED_OBJECT;
        }
        Modality mood = modality.of(trigger.predicate());
        if (trigger.word() != trigger.predicate()) {
            mood = ModalityDetector.stronger(mood, modality.of(trigger.word()));
        }
        EventDater.Dated dated = heldFromEarlier(dater.date(sentence, heads, mood, trigger.bareNoun()), trigger);
        double intensity = lexicon.type(trigger.type()).intensity();
        double confidence = dated.confidence() * (source.group() ? 0.9 : 1.0);
        Token word = tree.token(trigger.word());
        Optional<Mention> place = place(heads);
        return Optional.of(new Event(
                "",
                trigger.type(),
                trigger.mode(),
                sources,
                targets,
                dated.value(),
                dated.granularity(),
                place.map(Mention::text).orElse(""),
                place.map(Mention::actorId).orElse(""),
                dated.modality(),
                intensity,
                confidence,
                sentence.span(),
                word.span(),
                trigger.rule() + "/" + pattern,
                quantities(trigger.predicate()),
                List.of(),
                Location.NONE,
                null));
    }

    private Optional<Event> drop(Trigger trigger, MissingArguments.Gap gap) {
        return drop(trigger, gap.reason(), gap.word());
    }

    private Optional<Event> drop(Trigger trigger, String reason, String detail) {
        log.dropped(trigger.word(), reason, detail);
        return Optional.empty();
    }

    // "condemned the shelling", "the strike was condemned by the EU": the act in a target slot or undergoing the verb.
    private List<Integer> actSlots(List<Integer> heads, Trigger trigger, Optional<Integer> patient) {
        List<Integer> slots = new ArrayList<>(arguments.slotFillers(heads, trigger.targetSpecs()));
        patient.ifPresent(slots::add);
        return slots;
    }

    // Refusals and requests often name their counterpart outside their own dependents: the one who asked in the
    // clause refused ("asked X to wait, but X declined") or earlier ("declined the request"), the teller of a denied
    // claim ("X claims ..., which Y denied"), or the one a letter went to ("wrote to X asking").
    private Arguments.Found implicitTarget(Trigger trigger, List<String> sources) {
        int predicate = trigger.predicate();
        Arguments.Found found = refusals.requester(predicate, trigger.type());
        if (found.actors().isEmpty()) {
            found = deniedTellings.teller(predicate, trigger.type(), trigger.mode());
        }
        if (found.actors().isEmpty()) {
            found = addressed.addressee(predicate, trigger.type());
        }
        if (found.actors().isEmpty()) {
            found = earlier.requesters(predicate, trigger.type(), sources);
        }
        return found.actors().isEmpty() ? refusedActs.answered(predicate, trigger.type(), sources) : found;
    }

    // "the company, backed by a billionaire", "the leader, who is supported by Beijing": a passive support verb
    // modifying a noun describes a standing relationship, not an act reported as news.
    private boolean describesStandingSupport(Trigger trigger) {
        Token verb = tree.token(trigger.predicate());
        return trigger.type().equals(SUPPORT)
                && !trigger.bareNoun()
                && verb.deprel().startsWith("acl")
                && verb.pos().equals("VBN");
    }

    private static Trigger asCriticism(Trigger trigger) {
        return new Trigger(
                trigger.word(),
                trigger.predicate(),
                VerbalAttacks.TYPE,
                VerbalAttacks.MODE,
                trigger.targetSpecs(),
                trigger.symmetric(),
                trigger.rule(),
                trigger.bareNoun(),
                trigger.complement());
    }

    // A retreat withdraws forces: "the army withdrew", "Russia must withdraw". A person or a civilian body that
    // "withdrew" from nothing named left a race, a bid or a plan, which is no event.
    private boolean unarmedRetreat(Trigger trigger, List<String> sources) {
        return trigger.type().equals(RETREAT)
                && !sources.isEmpty()
                && sources.stream().map(index::actor).allMatch(actor -> actor.map(ArmedSides::civilian)
                        .orElse(false));
    }

    private Arguments.Found owner(Trigger trigger) {
        if (trigger.targetSpecs().contains(Arguments.ANSWERER)) {
            return arguments.requester(trigger.word());
        }
        if (trigger.targetSpecs().contains(NounFrames.BETWEEN)) {
            return frames.participants(trigger.word());
        }
        Arguments.Found possessor = arguments.possessor(trigger.word());
        if (!possessor.actors().isEmpty()) {
            return possessor;
        }
        Arguments.Found agent = arguments.nounAgent(trigger.word());
        return agent.actors().isEmpty() ? modifierAuthors.author(trigger.word(), trigger.type()) : agent;
    }

    // "The G7 met", "NATO held talks": an intergovernmental body meeting without a named counterpart is its members
    // consulting one another.
    private boolean membersMeet(Trigger trigger, List<String> sources) {
        return trigger.type().equals(CONSULT)
                && sources.size() == 1
                && index.actor(sources.get(0))
                        .map(a -> a.kind() == ActorKind.IGO)
                        .orElse(false);
    }

    // "A car bombing killed five": the subject is itself an act of the trigger's type, so the event happened with
    // its agent unnamed; "a landslide killed five" names no act and codes nothing.
    private boolean actOfSameTypeAsSubject(Trigger trigger) {
        return force.actingSubject(trigger.predicate(), trigger.type()).isPresent();
    }

    // "marched in London, protesting the exit": a participle telling the protest is held where its governing verb is
    // (the parser often leaves it a loose "dep").
    private Optional<String> protestPlaceCountry(Trigger trigger, List<Integer> heads) {
        int governor = tree.head(trigger.predicate());
        boolean participle =
                PARTICIPLE_RELATIONS.contains(tree.token(trigger.predicate()).deprel());
        return placeCountry(heads)
                .or(() -> participle && governor >= 0 ? placeCountry(List.of(governor)) : Optional.empty());
    }

    // The country of the place an event is told at, when the place has one.
    private Optional<String> placeCountry(List<Integer> heads) {
        return place(heads)
                .map(Mention::actorId)
                .flatMap(index::actor)
                .map(Actor::country)
                .filter(country -> !country.isEmpty());
    }

    // Where a gathering is held is where the event happens: "hosted the summit in the city of Tianjin".
    private Optional<Mention> place(List<Integer> heads) {
        List<Integer> holders = new ArrayList<>(heads);
        for (int head : heads) {
            tree.children(head, "obj").stream()
                    .filter(o -> Arguments.GATHERINGS.contains(
                            Tree.lower(tree.token(o).lemma())))
                    .forEach(holders::add);
        }
        for (int head : holders) {
            for (int child : tree.children(head)) {
                if (!PLACE_PREPOSITIONS.contains(tree.preposition(child))) {
                    continue;
                }
                Optional<Mention> place = placeMention(child);
                if (place.isPresent()) {
                    return place;
                }
            }
        }
        return Optional.empty();
    }

    // "in Beijing", "in the northern city of Tianjin".
    private Optional<Mention> placeMention(int token) {
        Optional<Mention> direct = locationAt(token);
        if (direct.isPresent()
                || !PLACE_NOUNS.contains(Tree.lower(tree.token(token).lemma()))) {
            return direct;
        }
        return tree.children(token, "nmod").stream()
                .filter(c -> tree.preposition(c).equals("of"))
                .findFirst()
                .flatMap(this::locationAt);
    }

    private Optional<Mention> locationAt(int token) {
        Span span = tree.token(token).span();
        Optional<Mention> resolved = index.mentionAt(tree.token(token))
                .filter(m -> m.type() == MentionType.LOCATION || m.role().equals("place"));
        if (resolved.isPresent()) {
            return resolved;
        }
        return document.mentions().stream()
                .filter(m -> m.type() == MentionType.LOCATION && m.span().contains(span))
                .findFirst()
                .or(() -> tree.token(token).ner().equals("LOCATION")
                        ? Optional.of(new Mention(span, document.textOf(span), MentionType.LOCATION, "", "place"))
                        : Optional.empty());
    }

    private List<Quantity> quantities(int predicate) {
        List<Quantity> found = new ArrayList<>();
        for (Quantity quantity : document.quantities()) {
            for (int i = 0; i < tree.size(); i++) {
                if (quantity.span().contains(tree.token(i).span()) && tree.inClause(predicate, i)) {
                    found.add(quantity);
                    break;
                }
            }
        }
        return found;
    }

    // One happening reported twice (lead and body, or news and quote) is one event: same type and actors, and dates
    // that do not disagree. The first telling stays as the evidence and the later one becomes its mention.
    private static boolean merge(Map<String, List<Event>> merged, Event e) {
        List<Event> same = merged.computeIfAbsent(key(e), k -> new ArrayList<>());
        for (int i = 0; i < same.size(); i++) {
            if (sameHappening(same.get(i), e) || ParticipleRestatements.restates(same.get(i), e)) {
                same.set(i, TellingDates.joined(same.get(i), e));
                return false;
            }
        }
        same.add(e);
        return true;
    }

    /** Keeps the event unless it tells a happening coded before, and then says why it was not kept. */
    private static Optional<String> kept(Map<String, List<Event>> merged, Map<String, List<Event>> retold, Event e) {
        if (SameMeetings.toldBefore(merged.values(), e)) {
            // Later tellings with this event's participants merge into it, as they would have had it been kept.
            merge(retold, e);
            return Optional.of("merged: the same meeting told before in its sentence");
        }
        if (toldIn(retold, e) || !merge(merged, e)) {
            return Optional.of("merged: same happening coded before");
        }
        return Optional.empty();
    }

    private static boolean toldIn(Map<String, List<Event>> told, Event e) {
        return told.getOrDefault(key(e), List.of()).stream().anyMatch(earlier -> sameHappening(earlier, e));
    }

    // An undated mention is the same happening only when told with the same kind of act: "declared a partnership"
    // in 2022 and "have since deepened cooperation" are two cooperations between the same two countries.
    static boolean sameHappening(Event first, Event second) {
        String a = first.date();
        String b = second.date();
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b) || first.mode().equals(second.mode());
        }
        return a.startsWith(b) || b.startsWith(a) || WeekDays.together(a, b);
    }

    /** Events with the same type, sources and targets (in any order) are one coding of a sentence. */
    static String key(Event e) {
        return e.type() + "|" + sorted(e.sourceIds()) + "|" + sorted(e.targetIds());
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }
}
