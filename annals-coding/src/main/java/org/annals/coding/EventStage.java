package org.annals.coding;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Layer;
import org.annals.core.Problem;
import org.annals.core.Stage;

/**
 * Codes PLOVER-style events (who did what to whom, when, where, how surely) from the parse and the resolved actors,
 * using the lexicons in verbs.tsv, nouns.tsv and ontology.tsv (an oblique told again with its verb left out, "and
 * also to the board", is a second act), then completes each event's record: its contexts
 * (contexts.tsv), its place in the gazetteer and the quote it rests on. Participants the text leaves implicit are
 * completed first: the court or prosecution of an agentless legal act (legal-agents.tsv), the person a kin noun ("his
 * sister") stands for, the author of an unclaimed attack, the actor a role noun ("the attacker") stands for, and
 * a slot another telling of the same act fills. A later "the meeting" or "the attack" with nothing of its own
 * (retold-nouns.tsv) is a further telling of the nearest such act told before.
 * Stances said in quotations (stance.tsv) are coded beside them. Only tokens in article blocks are read.
 */
public final class EventStage implements Stage {
    public static final String NAME = "events";

    private final EventLexicon lexicon;
    private final StanceLexicon stances;
    private final ActNouns acts;
    private final RetoldNouns retoldNouns;
    private final LegalAgents legalAgents;
    private final EventContexts contexts;
    private final Gazetteer gazetteer;

    public EventStage() {
        this(EventLexicon.standard(), Gazetteer.standard());
    }

    public EventStage(EventLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.stances = StanceLexicon.standard(lexicon.types());
        this.acts = ActNouns.standard(lexicon.types());
        this.retoldNouns = RetoldNouns.standard(lexicon);
        this.legalAgents = LegalAgents.standard(lexicon.types());
        this.contexts = EventContexts.standard(lexicon.types());
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(
                Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES, Layer.ACTORS, Layer.TIMES, Layer.QUANTITIES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public Document apply(Document document) {
        Document checked = document;
        if (document.metadata().publishedDate().isEmpty()) {
            checked = checked.withProblem(
                    new Problem(NAME, "no publication date: undated events are left without a date"));
        }
        if (document.tokens().isEmpty()) {
            return checked.withEvents(List.of());
        }
        // One parse tree for every pass: building it repairs the parse over the whole document.
        Tree tree = new Tree(checked);
        ImpliedCourts courts = new ImpliedCourts(checked, tree, legalAgents);
        // Kin first, so an attack takes the husband arrested for it by name; role nouns last, since "the attacker"
        // is read through the attacks' sources found before.
        EventCoder coder = new EventCoder(lexicon, acts, checked, tree);
        List<Event> withGapped = new GappedObliques(checked, tree).addTo(coder.code());
        List<Event> withKin = AppealedRulings.complete(new IdentifiedPeople(checked, tree)
                .complete(new CountedGroups(checked, tree)
                        .complete(new KinTerms(checked, tree).complete(courts.complete(withGapped)))));
        List<Event> withRoles =
                new RoleNouns(checked, tree).complete(new ActPerpetrators(checked, tree, acts).complete(withKin));
        List<Event> withTellings = new AnaphoricRetellings(retoldNouns, lexicon, checked, tree)
                .addTo(SameActAuthors.complete(new CoreferentTellings(lexicon, tree).complete(withRoles)));
        List<Event> coded = withoutNonEvents(
                new StanceCoder(stances, lexicon, acts, checked, tree).addTo(withTellings), checked, tree);
        Document withInstitutions = coder.withImpliedActors(courts.withImpliedActors(checked));
        return withInstitutions.withEvents(new EventRecords(withInstitutions, contexts, gazetteer).complete(coded));
    }

    // What the guidelines do not code, dropped once every route that finds participants has run: opinions that reach
    // no actor, resignations made for another end or only planned, killings of no actor, ballots cast in an election.
    private List<Event> withoutNonEvents(List<Event> events, Document document, Tree tree) {
        List<Event> kept = new OpinionsOfNoActor(tree, acts).without(events);
        kept = new ResignationsForOtherEnds(tree).without(kept);
        kept = new VictimlessKillings().without(kept);
        kept = new ResignationPlans().without(kept);
        return new ElectionVotes(new ActorIndex(document)).without(kept);
    }
}
