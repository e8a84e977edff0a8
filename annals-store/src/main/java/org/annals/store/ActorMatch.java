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

    /** An event of alias {@code e} has an actor in {@code role} ('source', 'target' or null for either). */
    static String eventHas(String role) {
        return "EXISTS (SELECT 1 FROM event_actors ea LEFT JOIN actors a ON a.id = ea.actor_id"
                + " WHERE ea.event_id = e.id" + (role == null ? "" : " AND ea.role = '" + role + "'")
                + " AND " + condition("a", "ea.actor_id") + ")";
    }
}
