package org.annals.nlp;

import java.util.Locale;
import java.util.Set;
import org.annals.core.Token;

/**
 * "The Trump campaign accused Biden of ...", "the Biden campaign said": a candidate's campaign is an organisation that
 * speaks for itself, not the candidate named inside its phrase; the guidelines credit the campaign. The phrase itself
 * is the speaker.
 */
final class CampaignVoices {
    private static final Set<String> SELF_SPEAKING = Set.of("campaign");

    private CampaignVoices() {}

    /** True when the subject noun is a campaign, whoever's name stands before it. */
    static boolean speaksForItself(Token subject) {
        return subject.isNoun()
                && !subject.isProperNoun()
                && SELF_SPEAKING.contains(subject.lemma().toLowerCase(Locale.ROOT));
    }
}
