package org.annals.nlp;

import java.util.List;
import java.util.Set;
import org.annals.core.Token;

/**
 * "according to the mayor via news agency Interfax", "according to the council via Twitter": a "via" phrase names
 * the channel that carried the words, not who said them, so it is neither the source nor part of its description.
 */
final class ChannelPhrases {
    private static final Set<String> VIA = Set.of("via");

    private ChannelPhrases() {}

    /** Whether {@code token} hangs on {@code head} through a "via" phrase (itself or a word on the way up). */
    static boolean isCarrier(List<Token> tokens, Token token, Token head) {
        Token current = token;
        for (int step = 0; step < tokens.size() && current.head() >= 0; step++) {
            if (current.index() == head.index()) {
                return false;
            }
            if (Heads.hasCase(tokens, current, VIA)) {
                return true;
            }
            current = tokens.get(current.head());
        }
        return false;
    }
}
