package org.annals.coding;

import java.util.List;
import java.util.Set;

/**
 * A request made in writing or in a message is addressed to whom the message went: "wrote to the ministry asking it
 * to wait", "sent a letter to the council urging a vote". The request verb itself then names nobody asked.
 */
final class AddressedRequests {
    private static final String REQUEST = "REQUEST";
    private static final Set<String> MESSAGE_VERBS = Set.of("write", "send", "turn", "appeal", "petition");
    private static final Set<String> MESSAGES = Set.of("letter", "message", "note", "email", "petition", "plea");
    private static final Set<String> ATTACHED = Set.of("advcl", "xcomp", "conj", "acl", "dep");

    private final Tree tree;
    private final Arguments arguments;

    AddressedRequests(Tree tree, Arguments arguments) {
        this.tree = tree;
        this.arguments = arguments;
    }

    /** Whom the message carrying the request went to, or none when the request verb is not part of a message. */
    Arguments.Found addressee(int request, String type) {
        if (!type.equals(REQUEST)
                || !tree.token(request).isVerb()
                || !ATTACHED.contains(tree.token(request).deprel())) {
            return Arguments.Found.NONE;
        }
        int carrier = tree.head(request);
        if (carrier < 0) {
            return Arguments.Found.NONE;
        }
        String lemma = Tree.lower(tree.token(carrier).lemma());
        if (tree.token(carrier).isVerb() && MESSAGE_VERBS.contains(lemma)) {
            return found(arguments.targets(List.of(carrier), List.of("obl:to", "iobj")));
        }
        if (MESSAGES.contains(lemma)) {
            // "sent a letter to the council urging": the recipient hangs on the letter or on the verb that sent it.
            Arguments.Found onMessage = arguments.targets(List.of(carrier), List.of("nmod:to"));
            int sender = tree.head(carrier);
            return onMessage.actors().isEmpty() && sender >= 0
                    ? found(arguments.targets(List.of(sender), List.of("obl:to", "iobj")))
                    : found(onMessage);
        }
        return Arguments.Found.NONE;
    }

    private static Arguments.Found found(Arguments.Found recipients) {
        return new Arguments.Found(recipients.actors(), "addressed", recipients.group());
    }
}
