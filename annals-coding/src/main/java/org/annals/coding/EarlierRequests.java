package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.core.Event;
import org.annals.core.Token;

/**
 * The requests coded so far in a document, so that a later refusal of "the request" names who had asked: after
 * "the council wrote to the ministry asking for funds", "the ministry declined the request" refuses the council.
 */
final class EarlierRequests {
    private static final String REQUEST = "REQUEST";
    private static final String REJECT = "REJECT";

    private final Tree tree;
    private final EventLexicon lexicon;
    private final List<Event> requests = new ArrayList<>();

    EarlierRequests(Tree tree, EventLexicon lexicon) {
        this.tree = tree;
        this.lexicon = lexicon;
    }

    void add(Event event) {
        if (event.type().equals(REQUEST)) {
            requests.add(event);
        }
    }

    /**
     * Who made the latest request of all the refusers, when the refusal's object is a request that names no owner
     * ("declined the request", "rejected the demands"); none otherwise.
     */
    Arguments.Found requesters(int refusal, String type, List<String> refusers) {
        if (!type.equals(REJECT) || refusers.isEmpty() || !refusesAnUnownedRequest(refusal)) {
            return Arguments.Found.NONE;
        }
        for (int i = requests.size() - 1; i >= 0; i--) {
            Event request = requests.get(i);
            if (request.targetIds().containsAll(refusers)) {
                return new Arguments.Found(request.sourceIds(), "earlier-request", false);
            }
        }
        return Arguments.Found.NONE;
    }

    /**
     * Who made the latest request of all the refusers whose sentence names one of the things refused (a committee
     * that subpoenaed "the documents" Barr refused to hand over); none otherwise.
     */
    Arguments.Found askedFor(List<String> refusers, Set<String> things) {
        for (int i = requests.size() - 1; i >= 0 && !things.isEmpty(); i--) {
            Event request = requests.get(i);
            if (request.targetIds().containsAll(refusers) && names(request, things)) {
                return new Arguments.Found(request.sourceIds(), "earlier-request", false);
            }
        }
        return Arguments.Found.NONE;
    }

    private boolean names(Event request, Set<String> things) {
        for (int i = 0; i < tree.size(); i++) {
            Token token = tree.token(i);
            if (request.evidence().contains(token.span()) && things.contains(Tree.lower(token.lemma()))) {
                return true;
            }
        }
        return false;
    }

    private boolean refusesAnUnownedRequest(int refusal) {
        return tree.children(refusal, "obj").stream().anyMatch(object -> isRequest(object) && unowned(object));
    }

    private boolean isRequest(int noun) {
        return tree.token(noun).isNoun()
                && lexicon.nouns(tree.token(noun).lemma()).stream()
                        .anyMatch(n -> n.type().equals(REQUEST));
    }

    // "the request", "these demands" point back; "Kyiv's request" or "a request from Kyiv" names its maker itself.
    private boolean unowned(int noun) {
        return tree.children(noun).stream()
                .map(tree::token)
                .noneMatch(c -> c.deprel().startsWith("nmod") || c.deprel().equals("compound"));
    }
}
