package org.annals.coding;

import org.annals.core.ActorKind;

/**
 * One name in the knowledge base: the actor it names and how the name is used. {@code use} tells a country's name
 * from its demonym and from a capital or seat of government, which stands for the government when it acts. A
 * subdivision's id is its ISO 3166-2 code with the country's alpha-3 code ("USA-TX"); its country is the country.
 */
public record KbEntry(String id, String name, ActorKind kind, String country, String sector, Use use) {
    public enum Use {
        NAME,
        DEMONYM,
        SEAT,
        /** A state, province or region (subdivisions.tsv): a place of its country that has a government. */
        SUBDIVISION
    }

    public boolean isCountryName() {
        return kind == ActorKind.COUNTRY && use == Use.NAME;
    }

    public boolean isSubdivision() {
        return use == Use.SUBDIVISION;
    }
}
