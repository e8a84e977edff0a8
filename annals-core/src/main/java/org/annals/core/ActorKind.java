package org.annals.core;

/** What kind of thing an actor is. */
public enum ActorKind {
    PERSON,
    COUNTRY,
    GOVERNMENT,
    ORGANISATION,
    IGO,
    REGION,
    GROUP
}
