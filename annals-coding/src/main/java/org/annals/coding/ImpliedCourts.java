package org.annals.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Event;

/**
 * A verdict, jailing or charge told without its agent ("two officers were found guilty", "he was charged with
 * murder") was done by the court or the prosecution (legal-agents.tsv): the one the article names within a few
 * sentences of it (for a charge with no prosecutor there, the police force named there, as the police lay charges in
 * several countries), else the judiciary or prosecution of the country where it happens ({@code org:ISO3:judiciary}),
 * else the one court or judge the whole article names, when it is of no other country. With two named candidates,
 * or courts of two countries in the article and no single one named, the source stays empty. Created per document; the institutions it implies join the document's actors.
 */
final class ImpliedCourts {
    private static final String JUDICIAL_SECTOR = "JUD";
    private static final String POLICE_SECTOR = "COP";
    /** Route suffix of a charge laid by the police the article names near it, no prosecutor being named. */
    static final String POLICE_ROUTE = "police:named";
    // CAMEO files lawyers under JUD, but a defendant's counsel neither tries nor charges anyone.
    private static final Set<String> COUNSEL = Set.of("lawyer", "attorney", "counsel", "solicitor", "barrister");

    private final Document document;
    private final LegalAgents agents;
    private final SentenceWindow window;
    private final Tree tree;
    private final Map<String, Actor> actors = new HashMap<>();
    private final ImpliedInstitutions implied = new ImpliedInstitutions();

    ImpliedCourts(Document document, Tree tree, LegalAgents agents) {
        this.document = document;
        this.agents = agents;
        this.window = new SentenceWindow(document);
        this.tree = tree;
        document.actors().forEach(a -> actors.put(a.id(), a));
    }

    /** The events with the court or prosecution each agentless legal act implies. */
    List<Event> complete(List<Event> events) {
        return EventCompletion.each(events, this::withAgent);
    }

    /** The document with the institutions the completed events name but no mention did. */
    Document withImpliedActors(Document coded) {
        return implied.addedTo(coded);
    }

    private Event withAgent(Event event) {
        if (!event.sourceIds().isEmpty()) {
            return event;
        }
        Optional<String> institution = agents.institution(event.type(), event.mode(), triggerLemma(event));
        if (institution.isEmpty()) {
            return event;
        }
        boolean prosecution = institution.get().equals(LegalAgents.PROSECUTION);
        List<Actor> named = namedNear(event, prosecution);
        if (!named.isEmpty()) {
            return single(named)
                    .map(a ->
                            event.withSources(List.of(a.id()), event.rule() + "+" + routeName(prosecution) + ":named"))
                    .orElse(event);
        }
        List<Actor> police = prosecution ? policeNear(event) : List.of();
        if (!police.isEmpty()) {
            return single(police)
                    .map(a -> event.withSources(List.of(a.id()), event.rule() + "+" + POLICE_ROUTE))
                    .orElse(event);
        }
        Optional<String> country = country(event);
        return country.map(iso3 -> institutionOf(iso3, institution.get()))
                .map(a -> event.withSources(List.of(a.id()), event.rule() + "+" + routeName(prosecution) + ":country"))
                .or(() -> single(namedInArticle(event, prosecution, placeCountry(event)))
                        .map(a -> event.withSources(
                                List.of(a.id()), event.rule() + "+" + routeName(prosecution) + ":article")))
                .orElse(event);
    }

    // "Nine men were jailed ... Judge Ann Roe said", paragraphs apart: with no court of a known country to imply,
    // the one court or judge the whole article names tried them, unless it sits in another country than the act.
    private List<Actor> namedInArticle(Event event, boolean prosecution, Optional<String> actCountry) {
        return document.actors().stream()
                .filter(a -> judicial(a) && !counsel(a) && prosecutes(a) == prosecution)
                .filter(a -> !event.targetIds().contains(a.id()))
                .filter(a -> a.country().isEmpty()
                        || actCountry.map(a.country()::equals).orElse(true))
                .toList();
    }

    private static String routeName(boolean prosecution) {
        return prosecution ? LegalAgents.PROSECUTION : "court";
    }

    private String triggerLemma(Event event) {
        return tree.lemmaAt(event.trigger()).orElse("");
    }

    // "Judge Ann Lee" and "the Crown Court" named together are one bench: the court itself is the agent.
    private static Optional<Actor> single(List<Actor> named) {
        if (named.size() == 1) {
            return Optional.of(named.get(0));
        }
        List<Actor> bodies =
                named.stream().filter(a -> a.kind() != ActorKind.PERSON).toList();
        return bodies.size() == 1 ? Optional.of(bodies.get(0)) : Optional.empty();
    }

    private List<Actor> namedNear(Event event, boolean prosecution) {
        int at = window.sentenceOf(event.evidence().start());
        return document.actors().stream()
                .filter(a -> judicial(a) && !counsel(a) && prosecutes(a) == prosecution)
                .filter(a -> !event.targetIds().contains(a.id()))
                .filter(a -> window.namedNear(a.id(), at))
                .toList();
    }

    // "He was charged with assault, police said": where the police lay charges (Britain, Canada, Australia, New
    // Zealand) the article names them and no prosecutor; the police it names beside the charge laid it.
    private List<Actor> policeNear(Event event) {
        int at = window.sentenceOf(event.evidence().start());
        return document.actors().stream()
                .filter(a -> a.sector().equals(POLICE_SECTOR) && policeForce(a))
                .filter(a -> !event.targetIds().contains(a.id()))
                .filter(a -> window.namedNear(a.id(), at))
                .toList();
    }

    // The force, not an officer: "a procurement officer" is filed under the police sector too, and an officer who
    // is named charges nobody by being named.
    private static boolean policeForce(Actor actor) {
        return actor.kind() != ActorKind.PERSON
                && actor.kind() != ActorKind.GROUP
                && (actor.id().endsWith(":police") || Tree.lower(actor.name()).contains("police"));
    }

    private static boolean judicial(Actor actor) {
        return actor.sector().equals(JUDICIAL_SECTOR);
    }

    private static boolean counsel(Actor actor) {
        return COUNSEL.contains(singular(Institutions.lastWord(actor.name())))
                || COUNSEL.contains(singular(Institutions.lastWord(actor.role())));
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean prosecutes(Actor actor) {
        return actor.id().endsWith(":" + LegalAgents.PROSECUTION)
                || Institutions.prosecutes(actor.name())
                || Institutions.prosecutes(actor.role());
    }

    // Where the act happens: the country of its place, else the one the article is about; none when courts or
    // prosecutors of two countries are in play, since the act may then be either's.
    private Optional<String> country(Event event) {
        Optional<String> country = placeCountry(event);
        Set<String> judicialCountries = new TreeSet<>();
        document.actors().stream()
                .filter(a -> judicial(a) && !a.country().isEmpty())
                .forEach(a -> judicialCountries.add(a.country()));
        return country.filter(c -> judicialCountries.stream().allMatch(c::equals));
    }

    private Optional<String> placeCountry(Event event) {
        return Optional.ofNullable(actors.get(event.placeId()))
                .map(Actor::country)
                .filter(c -> !c.isEmpty())
                .or(() -> DominantCountry.of(document));
    }

    private Actor institutionOf(String iso3, String institution) {
        String id = "org:" + iso3 + ":" + institution;
        Actor known = actors.get(id);
        if (known != null) {
            return known;
        }
        String name = institution.equals(LegalAgents.PROSECUTION) ? "prosecutors" : "court";
        Institutions.Institution body = Institutions.body(iso3, institution, name, JUDICIAL_SECTOR);
        return implied.of(body);
    }
}
