package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
     * The ids of the actors {@code userText} names: matches in the actors table, plus the text itself and its upper
     * case as ids, for events that name an actor the actors table lacks. Never empty.
     */
    static List<String> ids(Connection connection, String userText) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(userText);
        ids.add(userText.toUpperCase(Locale.ROOT));
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT a.id FROM actors a WHERE " + condition("a", "a.id"))) {
            Object[] parameters = parameters(userText);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
        }
        return List.copyOf(ids);
    }

    /** An event of alias {@code e} has one of {@code ids} actors in {@code role} ('source', 'target' or null). */
    static String eventHas(String role, int ids) {
        return "e.id IN (SELECT ea.event_id FROM event_actors ea WHERE "
                + (role == null ? "" : "ea.role = '" + role + "' AND ")
                + "ea.actor_id IN " + placeholders(ids) + ")";
    }

    static String placeholders(int count) {
        return "(" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
    }
}
