package org.annals.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An actor's roles and affiliations over time from the affiliations table, oldest first. Each query selects the
 * actor's rows by its indexed id first and joins names and titles only to the few rows left, so a store of many
 * actors costs little more than one of few (see ActorRolesBenchmark).
 */
final class ActorRoles {
    /** A person seen in more roles than this is better read with SQL; the page shows the oldest. */
    static final int MAX_ROLES = 100;

    private static final String ROLES = "WITH g AS (SELECT role, country, organisation_id, mode(sector) AS sector,"
            + " min(published) AS first_seen, max(published) AS last_seen, count(DISTINCT doc_id) AS documents"
            + " FROM affiliations WHERE actor_id = ? GROUP BY role, country, organisation_id"
            + " ORDER BY first_seen NULLS LAST, last_seen NULLS LAST, role, country, organisation_id"
            + " LIMIT " + MAX_ROLES + ")"
            + " SELECT g.role, g.country, g.sector, g.organisation_id, CASE WHEN g.organisation_id = '' THEN ''"
            + " ELSE coalesce(nullif(o.name, ''), g.organisation_id) END, g.first_seen, g.last_seen, g.documents"
            + " FROM g LEFT JOIN actors o ON o.id = g.organisation_id"
            + " ORDER BY g.first_seen NULLS LAST, g.last_seen NULLS LAST, g.role, g.country, g.organisation_id";

    private static final String EVIDENCE = "SELECT role, country, organisation_id, doc_id, published, start_offset,"
            + " end_offset, sentence_start, sentence_end, sentence FROM affiliations WHERE actor_id = ?"
            + " QUALIFY row_number() OVER (PARTITION BY role, country, organisation_id"
            + " ORDER BY published NULLS LAST, doc_id, start_offset) <= ?"
            + " ORDER BY published NULLS LAST, doc_id, start_offset";

    /** By primary key, for the few documents the evidence comes from; a join would scan every document. */
    private static final String TITLES = "SELECT id, title FROM documents WHERE list_contains(?, id)";

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

    /** A row of evidence for the role {@code key}, before its document's title is known. */
    private record Stated(List<String> key, RoleEvidence evidence) {
        RoleEvidence titled(Map<String, String> titles) {
            RoleEvidence e = evidence;
            return new RoleEvidence(
                    e.docId(),
                    titles.getOrDefault(e.docId(), ""),
                    e.published(),
                    e.startOffset(),
                    e.endOffset(),
                    e.sentenceStart(),
                    e.sentenceEnd(),
                    e.sentence());
        }
    }

    private Map<List<String>, List<RoleEvidence>> evidence(String actorId, int perRole) throws SQLException {
        List<Stated> stated = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(EVIDENCE)) {
            statement.setString(1, actorId);
            statement.setInt(2, perRole);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    stated.add(new Stated(
                            List.of(r.getString(1), r.getString(2), r.getString(3)),
                            new RoleEvidence(
                                    r.getString(4),
                                    "",
                                    r.getObject(5, LocalDate.class),
                                    r.getInt(6),
                                    r.getInt(7),
                                    r.getInt(8),
                                    r.getInt(9),
                                    r.getString(10))));
                }
            }
        }
        Set<String> docIds = new LinkedHashSet<>();
        stated.forEach(s -> docIds.add(s.evidence().docId()));
        Map<String, String> titles = titles(docIds);
        Map<List<String>, List<RoleEvidence>> byRole = new LinkedHashMap<>();
        for (Stated s : stated) {
            byRole.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s.titled(titles));
        }
        return byRole;
    }

    private Map<String, String> titles(Set<String> docIds) throws SQLException {
        Map<String, String> titles = new HashMap<>();
        if (docIds.isEmpty()) {
            return titles;
        }
        try (PreparedStatement statement = connection.prepareStatement(TITLES)) {
            Array ids = connection.createArrayOf("VARCHAR", docIds.toArray());
            statement.setArray(1, ids);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    titles.put(r.getString(1), r.getString(2));
                }
            }
        }
        return titles;
    }
}
