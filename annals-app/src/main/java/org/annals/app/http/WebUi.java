package org.annals.app.http;

import io.javalin.config.StaticFilesConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The web UI: plain files from the class path folder {@code /web} and chart libraries from WebJars. Pages carry a
 * Content-Security-Policy that allows only this server's own scripts, so text from articles can never run as code.
 */
final class WebUi {
    /**
     * Styles may be inline because the chart and API-page libraries set element styles; scripts may not, and
     * nothing may be framed, posted elsewhere or loaded from another origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    private WebUi() {}

    static void configure(StaticFilesConfig files) {
        files.add(web -> {
            web.hostedPath = "/";
            web.directory = "/web";
            web.location = Location.CLASSPATH;
            web.headers = Map.of(
                    "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                    "X-Content-Type-Options", "nosniff",
                    "Referrer-Policy", "same-origin");
        });
        files.enableWebjars();
    }
}
