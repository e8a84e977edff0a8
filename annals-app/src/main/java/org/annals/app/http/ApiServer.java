package org.annals.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.annals.app.AnnalsEngine;
import org.annals.store.AnnalsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of {@code annals serve}: the routes of {@link ApiRoutes} under /api, /openapi.json, and static
 * files from the class path folder {@code /web}. The only class that knows the web framework.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final String JSON = "application/json; charset=utf-8";
    /** Large enough for a batch of web pages sent to POST /api/documents. */
    static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;

    private final Javalin app;
    private final String host;

    private ApiServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** What the server needs: the open store, the engine for ingestion (asked for lazily) and the write token. */
    public record Setup(AnnalsStore store, Supplier<AnnalsEngine> engine, Optional<String> token, String version) {}

    /** Starts serving on {@code host}:{@code port} (0: any free port); the store stays the caller's to close. */
    public static ApiServer start(Setup setup, String host, int port) {
        List<Route> routes = ApiRoutes.all(setup.store(), setup.engine(), setup.version());
        Path dataDir = setup.store().dataDir();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            WebUi.configure(config.staticFiles);
            for (Route route : routes) {
                config.routes.addHttpHandler(
                        HandlerType.findOrCreate(route.method()),
                        route.path(),
                        ctx -> answer(ctx, route, setup.token(), dataDir));
            }
            config.routes.exception(Exception.class, ApiServer::failed);
            config.routes.error(404, ApiServer::notFound);
        });
        app.start(host, port);
        return new ApiServer(app, host);
    }

    private static void answer(Context ctx, Route route, Optional<String> token, Path dataDir) {
        if (route.write()) {
            authorise(ctx, token, dataDir);
        }
        Map<String, String> path = new HashMap<>();
        route.params().stream()
                .filter(p -> p.in() == Param.In.PATH)
                .forEach(p -> path.put(p.name(), ctx.pathParam(p.name())));
        String body = route.method().equals("GET") ? "" : ctx.body();
        Reply reply = route.handler().handle(ApiRequest.of(route, ctx.queryParamMap(), path, body));
        ctx.status(reply.status()).contentType(JSON).result(Json.write(reply.body()));
    }

    private static void authorise(Context ctx, Optional<String> token, Path dataDir) {
        if (token.isEmpty()) {
            throw new ApiException(
                    403,
                    "writing is disabled because no token is configured: " + Tokens.howToConfigure(dataDir),
                    "",
                    List.of());
        }
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        String given = header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : "";
        if (given.isEmpty() || !Tokens.matches(token.get(), given)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(
                    401, "missing or wrong bearer token; send 'Authorization: Bearer TOKEN'", "", List.of());
        }
    }

    private static void failed(Exception e, Context ctx) {
        if (e instanceof ApiException api) {
            error(ctx, api.status(), api.getMessage(), api.parameter(), api.valid());
        } else if (e instanceof HttpResponseException http) {
            error(ctx, http.getStatus(), http.getMessage(), "", List.of());
        } else {
            // The client gets an id to quote; the stack trace stays in the server's log.
            String id = UUID.randomUUID().toString();
            LOG.error("internal error {} on {} {}", id, ctx.method(), ctx.path(), e);
            var body = Json.object().put("error", "internal error").put("id", id);
            ctx.status(500).contentType(JSON).result(Json.write(body));
        }
    }

    private static void notFound(Context ctx) {
        String result = ctx.result();
        String type = ctx.res().getContentType();
        if (result == null || result.isEmpty() || type == null || !type.startsWith("application/json")) {
            error(ctx, 404, "no such route: " + ctx.method() + " " + ctx.path() + "; see /openapi.json", "", List.of());
        }
    }

    private static void error(Context ctx, int status, String message, String parameter, List<String> valid) {
        var body = Json.object();
        body.put("error", message);
        if (!parameter.isEmpty()) {
            body.put("parameter", parameter);
            body.set("valid", Json.strings(valid));
        }
        ctx.status(status).contentType(JSON).result(Json.write(body));
    }

    public int port() {
        return app.port();
    }

    /** The base URL clients use: the bound address, or loopback when bound to every interface. */
    public String url() {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
