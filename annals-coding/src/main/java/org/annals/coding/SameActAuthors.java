package org.annals.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.annals.core.Event;
import org.annals.core.Modality;

/**
 * The author of an act told in the passive without agent, when the article tells acts of the same kind by one
 * author only, before or after it: "the governor pardoned two men ... a third was granted clemency" is the
 * governor's clemency too. Only acts of authority (a release, an arrest, a charge, a conviction, a fine) are read
 * so, since one state, court or head of state does all of one kind in most stories; attacks and criticism have many
 * authors, and two authors of the kind leave the act without one. Run after the passes that find an agentless act's
 * author in its own telling (courts named near it, perpetrators, other tellings of the same act).
 */
final class SameActAuthors {
    static final String ROUTE = "same-act-author";

    private static final String AGENTLESS = "/agentless";
    private static final int YEAR = 4;
    // Modes (verbs.tsv, nouns.tsv) of acts only an authority does: a criticism, a raid or a ban on imports may have
    // any author, and is left out.
    private static final Set<String> AUTHORITY_MODES =
            Set.of("release", "arrest", "imprison", "deport", "charge", "convict", "trial", "impeach", "fine", "expel");
    private static final Set<Modality> HAPPENED = Set.of(Modality.ASSERTED, Modality.HISTORICAL);

    private SameActAuthors() {}

    /** The events, each agentless act of authority given the one author of the other acts of its kind. */
    static List<Event> complete(List<Event> events) {
        List<Event> completed = new ArrayList<>();
        for (Event event : events) {
            completed.add(authorless(event) ? withAuthor(event, events) : event);
        }
        return completed;
    }

    // "The sentence Manafort received in a separate case" is an act received elsewhere, often from another hand.
    private static boolean authorless(Event event) {
        return event.sourceIds().isEmpty()
                && event.rule().endsWith(AGENTLESS)
                && !event.rule().contains(ReceivedActs.ROUTE)
                && AUTHORITY_MODES.contains(event.mode());
    }

    // "Arrested in 1964 ... the army placed him under house arrest in 2017": acts of one kind years apart are done by
    // whoever held power then, so two dated acts must share their year; an undated telling ("before being granted
    // clemency") says nothing against it.
    private static boolean sameYear(Event one, Event other) {
        return one.date().length() < YEAR
                || other.date().length() < YEAR
                || one.date().substring(0, YEAR).equals(other.date().substring(0, YEAR));
    }

    private static Event withAuthor(Event event, List<Event> events) {
        Set<Set<String>> authors = new LinkedHashSet<>();
        for (Event other : events) {
            boolean same = other.type().equals(event.type())
                    && other.mode().equals(event.mode())
                    && sameYear(other, event)
                    && HAPPENED.contains(other.modality())
                    && !other.sourceIds().isEmpty();
            if (same) {
                authors.add(new LinkedHashSet<>(other.sourceIds()));
            }
        }
        if (authors.size() != 1) {
            return event;
        }
        List<String> author = List.copyOf(authors.iterator().next());
        return author.stream().anyMatch(event.targetIds()::contains)
                ? event
                : event.withSources(author, event.rule() + "+" + ROUTE);
    }
}
