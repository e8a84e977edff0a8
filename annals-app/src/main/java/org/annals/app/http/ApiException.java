package org.annals.app.http;

import java.util.List;

/**
 * A request the API refuses, answered as {@code {"error": ..., "parameter": ..., "valid": [...]}} with its HTTP
 * status; {@code parameter} is empty and {@code valid} empty when they do not apply.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String parameter;
    private final List<String> valid;

    ApiException(int status, String message, String parameter, List<String> valid) {
        super(message);
        this.status = status;
        this.parameter = parameter == null ? "" : parameter;
        this.valid = List.copyOf(valid);
    }

    static ApiException badParameter(String parameter, String message, List<String> valid) {
        return new ApiException(400, message, parameter, valid);
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message, "", List.of());
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message, "", List.of());
    }

    int status() {
        return status;
    }

    String parameter() {
        return parameter;
    }

    List<String> valid() {
        return valid;
    }
}
