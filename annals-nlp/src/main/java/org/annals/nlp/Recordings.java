package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.core.Token;

/**
 * What a camera, video or footage shows is not speech ("according to traffic camera footage, the car ..."): the
 * quote guidelines leave it out, so a recording as the source of "according to" gives no quote.
 */
final class Recordings {
    private static final Set<String> RECORDINGS = Set.of(
            "footage",
            "video",
            "videos",
            "camera",
            "cameras",
            "image",
            "images",
            "photo",
            "photos",
            "photograph",
            "photographs",
            "picture",
            "pictures");

    private Recordings() {}

    /** The source is a recording alone: "according to these videos and the BBC" still has a speaker. */
    static boolean isRecording(List<Token> tokens, Token head) {
        boolean joined = tokens.stream()
                .anyMatch(t -> t.head() == head.index() && t.deprel().equals("conj"));
        return head.isNoun() && !joined && RECORDINGS.contains(head.word().toLowerCase(Locale.ROOT));
    }
}
