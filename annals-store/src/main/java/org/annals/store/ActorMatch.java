package org.annals.store;

import java.util.Locale;

/**
 * How a user names an actor in a filter: its id exactly, or whole words of its name or of an alias, ignoring case.
 * Whole words, so that "Xi" finds Xi Jinping but not Alexis. The same rule serves events, quotes and actors so that
 * "putin" finds the same person everywhere.
 */
final class ActorMatch {
    private ActorMatch() {}

    /** A condition on an actor row {@code a} (LEFT JOINed, so possibly null) and an id column; 3 parameters. */
    static String condition(String actorAlias, String idColumn) {
        return "(lower(" + idColumn + ") = ? OR regexp_matches(lower(coalesce(" + actorAlias + ".name, '')), ?)"
                + " OR regexp_matches(lower(array_to_string(coalesce(" + actorAlias + ".aliases, []), chr(31))), ?))";
    }

    static Object[] parameters(String userText) {
        String lower = userText.toLowerCase(Locale.ROOT);
        String words = wholeWords(lower);
        return new Object[] {lower, words, words};
    }

    /** An RE2 pattern matching {@code text} literally where it starts and ends at word boundaries. */
    static String wholeWords(String text) {
        String literal = text.replace("\\", "");
        return "(^|[^\\p{L}\\p{N}])\\Q" + literal + "\\E([^\\p{L}\\p{N}]|$)";
    }

    /**
     * An event of alias {@code e} has an actor in {@code role} ('source', 'target' or null for either); 5
     * parameters ({@link #eventParameters}). The actors table is matched first (thousands of rows, not millions), so
     * the events are found through event_actors by id; the text itself and its upper case also count as ids, for
     * events naming an actor the actors table lacks.
     */
    static String eventHas(String role) {
        return "e.id IN (SELECT ea.event_id FROM event_actors ea WHERE "
                + (role == null ? "" : "ea.role = '" + role + "' AND ")
                + "ea.actor_id IN " + matchingIds() + ")";
    }

    /** The ids of the actors a filter names, as a subquery; 5 parameters ({@link #eventParameters}). */
    static String matchingIds() {
        return "(SELECT ma.id FROM actors ma WHERE " + condition("ma", "ma.id")
                + " UNION SELECT ? UNION SELECT upper(?))";
    }

    static Object[] eventParameters(String userText) {
        Object[] match = parameters(userText);
        return new Object[] {match[0], match[1], match[2], userText, userText};
    }
}
