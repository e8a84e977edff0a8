package org.annals.ingest.fetch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets forbiddenapis accept a use of a JDK-specific class: the tests' web server is the JDK's own
 * {@code com.sun.net.httpserver}, which every JDK this project supports ships.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
@interface SuppressForbidden {
    String reason();
}
