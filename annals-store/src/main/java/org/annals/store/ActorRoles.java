package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An actor's roles and affiliations over time from the affiliations table, oldest first. Both queries select the
 * actor's rows by its indexed id before grouping, so a store of many actors costs no more than one of few.
 */
final class ActorRoles {
    /** A person seen in more roles than this is better read with SQL; the page shows the oldest. */
    static final int MAX_ROLES = 100;

    private static final String KEY = "role, country, organisation_id";

    private static final String ROLES = "SELECT af.role, af.country, mode(af.sector) AS sector, af.organisation_id,"
            + " CASE WHEN af.organisation_id = '' THEN '' ELSE coalesce(nullif(any_value(o.name), ''),"
            + " af.organisation_id) END AS organisation_name, min(af.published) AS first_seen,"
            + " max(af.published) AS last_seen, count(DISTINCT af.doc_id) AS documents"
            + " FROM affiliations af LEFT JOIN actors o ON o.id = af.organisation_id WHERE af.actor_id = ?"
            + " GROUP BY af.role, af.country, af.organisation_id"
            + " ORDER BY first_seen NULLS LAST, last_seen NULLS LAST, af.role, af.country, af.organisation_id"
            + " LIMIT " + MAX_ROLES;

    private static final String EVIDENCE = "WITH ranked AS (SELECT *, row_number() OVER (PARTITION BY " + KEY
            + " ORDER BY published NULLS LAST, doc_id, start_offset) AS n FROM affiliations WHERE actor_id = ?)"
            + " SELECT r.role, r.country, r.organisation_id, r.doc_id, d.title, r.published, r.start_offset,"
            + " r.end_offset, r.sentence_start, r.sentence_end, r.sentence FROM ranked r"
            + " JOIN documents d ON d.id = r.doc_id WHERE r.n <= ?"
            + " ORDER BY r.published NULLS LAST, r.doc_id, r.start_offset";

    private final Connection connection;

    ActorRoles(Connection connection) {
        this.connection = connection;
    }

    /** The actor's roles, each with at most {@code evidencePerRole} pieces of evidence; empty for an unknown id. */
    List<ActorRole> of(String actorId, int evidencePerRole) throws SQLException {
        Map<List<String>, List<RoleEvidence>> evidence = evidence(actorId, evidencePerRole);
        List<ActorRole> roles = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(ROLES)) {
            statement.setString(1, actorId);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    List<String> key = List.of(r.getString(1), r.getString(2), r.getString(4));
                    roles.add(new ActorRole(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getObject(6, LocalDate.class),
                            r.getObject(7, LocalDate.class),
                            r.getLong(8),
                            evidence.getOrDefault(key, List.of())));
                }
            }
        }
        return roles;
    }

    private Map<List<String>, List<RoleEvidence>> evidence(String actorId, int perRole) throws SQLException {
        Map<List<String>, List<RoleEvidence>> byRole = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(EVIDENCE)) {
            statement.setString(1, actorId);
            statement.setInt(2, perRole);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    List<String> key = List.of(r.getString(1), r.getString(2), r.getString(3));
                    byRole.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new RoleEvidence(
                                    r.getString(4),
                                    r.getString(5),
                                    r.getObject(6, LocalDate.class),
                                    r.getInt(7),
                                    r.getInt(8),
                                    r.getInt(9),
                                    r.getInt(10),
                                    r.getString(11)));
                }
            }
        }
        return byRole;
    }
}
