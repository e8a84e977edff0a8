package org.annals.app.http;

import com.fasterxml.jackson.databind.JsonNode;

/** What a route answers: an HTTP status and a JSON body. */
record Reply(int status, JsonNode body) {
    static Reply ok(JsonNode body) {
        return new Reply(200, body);
    }
}
