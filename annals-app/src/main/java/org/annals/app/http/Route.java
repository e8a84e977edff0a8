package org.annals.app.http;

import java.util.List;

/**
 * One endpoint: method, path (with {@code {name}} path parameters), a summary, its parameters and its handler.
 * {@code write} routes need the bearer token. The list of routes drives both request validation and /openapi.json.
 */
record Route(String method, String path, String summary, List<Param> params, boolean write, Handler handler) {
    /** Answers a validated request. */
    interface Handler {
        Reply handle(ApiRequest request);
    }

    Route {
        params = List.copyOf(params);
    }

    static Route get(String path, String summary, List<Param> params, Handler handler) {
        return new Route("GET", path, summary, params, false, handler);
    }

    static Route post(String path, String summary, List<Param> params, Handler handler) {
        return new Route("POST", path, summary, params, true, handler);
    }
}
