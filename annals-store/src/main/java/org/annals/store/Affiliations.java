package org.annals.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.core.Actor;
import org.annals.core.Document;
import org.annals.core.Sentence;
import org.annals.core.Span;

/**
 * What a document says about its actors' roles and affiliations, from each actor's evidence spans: one affiliation
 * per actor and sentence, so "Russian President Vladimir Putin" (country and title learned from two spans) is one
 * piece of evidence covering "Russian President".
 */
final class Affiliations {
    private Affiliations() {}

    static List<LearnedAffiliation> of(Document doc) {
        List<LearnedAffiliation> learned = new ArrayList<>();
        for (Actor actor : doc.actors()) {
            if (actor.evidence().isEmpty()
                    || (actor.role().isEmpty() && actor.country().isEmpty())) {
                continue;
            }
            String organisation = ServedOrganisation.of(doc, actor);
            evidenceBySentence(doc, actor)
                    .forEach((sentence, evidence) -> learned.add(new LearnedAffiliation(
                            actor.id(),
                            actor.role(),
                            actor.country(),
                            actor.sector(),
                            organisation,
                            evidence,
                            sentence,
                            StoredText.cover(doc.text(), sentence))));
        }
        return learned;
    }

    /** Each sentence holding evidence, with the span covering all the evidence in it, in text order. */
    private static Map<Span, Span> evidenceBySentence(Document doc, Actor actor) {
        Map<Span, Span> bySentence = new LinkedHashMap<>();
        actor.evidence().stream().sorted().forEach(span -> {
            // A document analysed without sentences still keeps the evidence, as its own context.
            Span sentence = doc.sentenceAt(span.start()).map(Sentence::span).orElse(span);
            bySentence.merge(sentence, span, Affiliations::cover);
        });
        return bySentence;
    }

    private static Span cover(Span a, Span b) {
        return new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
    }
}
