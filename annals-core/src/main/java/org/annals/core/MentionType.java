package org.annals.core;

/** The class of a named or descriptive mention. */
public enum MentionType {
    PERSON,
    ORGANISATION,
    LOCATION,
    NATIONALITY,
    MISC,
    PRONOUN,
    DESCRIPTION
}
