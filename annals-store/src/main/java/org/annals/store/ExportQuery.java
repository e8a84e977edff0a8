package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Modality;

/**
 * Which rows to export, without a row limit. The filters mean what they mean for {@link EventQuery}; {@code place}
 * matches a substring of the event's place or its place id (ignoring case). Quotes take {@code actor} as the speaker,
 * {@code text}, {@code from} and {@code to}; actors only {@code actor} (a substring of id, name or alias). A filter
 * that does not apply to the table is refused, so that an export is never silently wider than asked.
 */
public record ExportQuery(
        ExportTable table,
        String actor,
        List<String> pair,
        String type,
        Modality modality,
        LocalDate from,
        LocalDate to,
        String place,
        String text) {
    public ExportQuery {
        if (table == null) {
            throw new IllegalArgumentException("choose a table to export: events, quotes or actors");
        }
        actor = Limits.trimmed(actor);
        pair = pair == null ? List.of() : List.copyOf(pair);
        type = Limits.trimmed(type);
        place = Limits.trimmed(place);
        text = Limits.trimmed(text);
        Limits.checkRange(from, to);
        refuseFiltersOutside(table, pair, type, modality, from, to, place, text);
        // Checks the event filters (a pair of two actors, ...) now, where the caller can still report them.
        new EventQuery(actor, pair, type, modality, from, to, text, 1);
    }

    public static ExportQuery all(ExportTable table) {
        return new ExportQuery(table, "", List.of(), "", null, null, null, "", "");
    }

    public ExportQuery withActor(String value) {
        return new ExportQuery(table, value, pair, type, modality, from, to, place, text);
    }

    public ExportQuery withType(String value) {
        return new ExportQuery(table, actor, pair, value, modality, from, to, place, text);
    }

    public ExportQuery withPlace(String value) {
        return new ExportQuery(table, actor, pair, type, modality, from, to, value, text);
    }

    public ExportQuery withRange(LocalDate first, LocalDate last) {
        return new ExportQuery(table, actor, pair, type, modality, first, last, place, text);
    }

    /** The same filters as an event listing, so that export and {@code annals events} agree on what matches. */
    EventQuery asEventQuery() {
        return new EventQuery(actor, pair, type, modality, from, to, text, place, 1, 0);
    }

    QuoteQuery asQuoteQuery() {
        return new QuoteQuery(actor, text, from, to, 1);
    }

    ActorQuery asActorQuery() {
        return new ActorQuery(actor, null, "", 1);
    }

    private static void refuseFiltersOutside(
            ExportTable table,
            List<String> pair,
            String type,
            Modality modality,
            LocalDate from,
            LocalDate to,
            String place,
            String text) {
        if (table == ExportTable.EVENTS) {
            return;
        }
        List<String> given = new ArrayList<>();
        addIf(given, !pair.isEmpty(), "pair");
        addIf(given, !type.isEmpty(), "type");
        addIf(given, modality != null, "modality");
        addIf(given, !place.isEmpty(), "place");
        if (table == ExportTable.ACTORS) {
            addIf(given, from != null || to != null, "from/to");
            addIf(given, !text.isEmpty(), "text");
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("the " + String.join(", ", given) + " filter"
                    + (given.size() == 1 ? " applies" : "s apply") + " to events, not to "
                    + table.name().toLowerCase(java.util.Locale.ROOT)
                    + (table == ExportTable.QUOTES
                            ? "; quotes take actor (the speaker), text and from/to"
                            : "; actors take actor (a name) only"));
        }
    }

    private static void addIf(List<String> names, boolean present, String name) {
        if (present) {
            names.add(name);
        }
    }
}
