package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.core.Token;

/**
 * "The unanimous court decided their actions did not qualify": what a court or a jury decides with a finite clause
 * of its own is a finding it reports, while anyone else's "decided that ..." is a decision and everyone's "decided
 * to ..." a plan (docs/quote-annotation.md). The judging bodies are data: judging-bodies.txt.
 */
final class CourtFindings {
    private static final Set<String> BODIES = WordLists.read("/org/annals/nlp/judging-bodies.txt");

    private CourtFindings() {}

    /** Whether {@code cue} is "decide" said of a court or a jury. */
    static boolean isFinding(List<Token> tokens, Token cue) {
        return cue.isVerb()
                && cue.lemma().equalsIgnoreCase("decide")
                && Speakers.subjectOf(tokens, cue)
                        .map(s -> BODIES.contains(s.lemma().toLowerCase(Locale.ROOT)))
                        .orElse(false);
    }
}
