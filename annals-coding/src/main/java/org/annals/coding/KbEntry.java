package org.annals.coding;

import org.annals.core.ActorKind;

/**
 * One name in the knowledge base: the actor it names and how the name is used. {@code use} tells a country's name
 * from its demonym and from a capital or seat of government, which stands for the government when it acts.
 */
public record KbEntry(String id, String name, ActorKind kind, String country, String sector, Use use) {
    public enum Use {
        NAME,
        DEMONYM,
        SEAT
    }

    public boolean isCountryName() {
        return kind == ActorKind.COUNTRY && use == Use.NAME;
    }
}
