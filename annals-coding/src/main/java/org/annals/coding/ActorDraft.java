package org.annals.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Span;

/** An actor being assembled while one document is resolved; never shared between threads. */
final class ActorDraft {
    final String id;
    final ActorKind kind;
    String name;
    String country = "";
    String role = "";
    String sector = "";
    /** The bare word a title of several words lets the article call this person by ("secretary"); see BareTitles. */
    String titleHead = "";

    KnowledgeBase.Gender gender = KnowledgeBase.Gender.UNKNOWN;
    private boolean genderDisputed;
    final Set<String> aliases = new LinkedHashSet<>();
    final List<Span> evidence = new ArrayList<>();

    ActorDraft(String id, String name, ActorKind kind) {
        this.id = id;
        this.name = name;
        this.kind = kind;
    }

    void learnCountry(String iso3, Span from) {
        if (country.isEmpty() && !iso3.isEmpty()) {
            country = iso3;
            addEvidence(from);
        }
    }

    void learnRole(String newRole, String newSector, Span from) {
        if (role.isEmpty() && !newRole.isEmpty()) {
            role = newRole;
            addEvidence(from);
        }
        if (sector.isEmpty()) {
            sector = newSector;
        }
    }

    /** Keeps the first gender learned; evidence for both leaves it unknown for good, so no guess rests on it. */
    void learnGender(KnowledgeBase.Gender learned) {
        if (genderDisputed || learned == KnowledgeBase.Gender.UNKNOWN) {
            return;
        }
        if (gender == KnowledgeBase.Gender.UNKNOWN) {
            gender = learned;
        } else if (gender != learned) {
            gender = KnowledgeBase.Gender.UNKNOWN;
            genderDisputed = true;
        }
    }

    private void addEvidence(Span span) {
        if (span != null && !evidence.contains(span)) {
            evidence.add(span);
        }
    }

    Actor build() {
        List<String> otherNames = aliases.stream().filter(a -> !a.equals(name)).toList();
        return new Actor(id, name, kind, country, role, sector, otherNames, evidence);
    }
}
