package org.annals.store;

import org.annals.core.Span;

/**
 * An actor's affiliation as one document states it: the role, country, sector and organisation it learned there,
 * the evidence (the words that say so, covered in one sentence) and that sentence.
 */
record LearnedAffiliation(
        String actorId,
        String role,
        String country,
        String sector,
        String organisationId,
        Span evidence,
        Span sentence,
        String sentenceText) {}
