package org.annals.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** The OpenAPI 3.0 description of the routes, built from the same definitions that validate requests. */
final class OpenApi {
    private OpenApi() {}

    static ObjectNode of(List<Route> routes, String version) {
        ObjectNode root = Json.object();
        root.put("openapi", "3.0.3");
        ObjectNode info = root.putObject("info");
        info.put("title", "Annals API");
        info.put("version", version);
        info.put(
                "description",
                "Read the Annals store: documents, events, quotes, actors, relations. Lists take limit (1-"
                        + Paging.MAX_LIMIT + ", default " + Paging.DEFAULT_LIMIT + ") and offset and return"
                        + " {total, limit, offset, items}. Errors are {error, parameter, valid}.");
        ObjectNode paths = root.putObject("paths");
        for (Route route : routes) {
            ObjectNode path =
                    paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            path.set(route.method().toLowerCase(Locale.ROOT), operation(route));
        }
        ObjectNode schemes = root.putObject("components").putObject("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer");
        return root;
    }

    private static ObjectNode operation(Route route) {
        ObjectNode operation = Json.object();
        operation.put("summary", route.summary());
        ArrayNode parameters = operation.putArray("parameters");
        route.params().forEach(p -> parameters.add(parameter(p)));
        if (route.write()) {
            operation.putArray("security").addObject().putArray("bearer");
            ObjectNode body = operation.putObject("requestBody");
            body.put("required", true);
            body.putObject("content")
                    .putObject("application/json")
                    .putObject("schema")
                    .put("type", "object");
        }
        ObjectNode responses = operation.putObject("responses");
        responses.putObject("200").put("description", "OK (JSON)");
        responses.putObject("400").put("description", "A bad parameter: {error, parameter, valid}");
        if (route.path().contains("{")) {
            responses.putObject("404").put("description", "No such id");
        }
        if (route.write()) {
            responses.putObject("401").put("description", "Missing or wrong bearer token");
            responses.putObject("403").put("description", "No token configured: writing is off");
        }
        return operation;
    }

    private static ObjectNode parameter(Param param) {
        ObjectNode node = Json.object();
        node.put("name", param.name());
        node.put("in", param.in().name().toLowerCase(Locale.ROOT));
        node.put("required", param.required());
        node.put("description", param.description());
        ObjectNode schema = node.putObject("schema");
        switch (param.kind()) {
            case DATE -> schema.put("type", "string").put("format", "date");
            case INTEGER ->
                schema.put("type", "integer").put("minimum", param.min()).put("maximum", param.max());
            case CHOICE -> schema.put("type", "string").set("enum", Json.strings(param.valid()));
            case PAIR -> schema.put("type", "string").put("pattern", "^[^,]+,[^,]+$");
            case TEXT -> schema.put("type", "string");
        }
        if (!param.byDefault().isEmpty()) {
            schema.put("default", param.byDefault());
        }
        return node;
    }
}
