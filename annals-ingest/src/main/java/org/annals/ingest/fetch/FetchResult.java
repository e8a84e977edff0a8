package org.annals.ingest.fetch;

import java.util.Objects;

/**
 * What one fetch gave. {@code url} is the final address after redirects. {@code body} and {@code contentType} are
 * set only for {@link Status#OK}; {@code problem} says why for {@link Status#DISALLOWED} and {@link Status#ERROR}.
 */
public record FetchResult(String url, Status status, byte[] body, String contentType, String problem) {
    public enum Status {
        /** 200 with a body. */
        OK,
        /** 304: unchanged since the validators we sent. */
        NOT_MODIFIED,
        /** robots.txt does not allow us to fetch it; nothing was requested. */
        DISALLOWED,
        /** A network error, timeout, error status, oversized body or too many redirects. */
        ERROR
    }

    public FetchResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        body = body == null ? new byte[0] : body;
        contentType = contentType == null ? "" : contentType;
        problem = problem == null ? "" : problem;
    }

    static FetchResult ok(String url, byte[] body, String contentType) {
        return new FetchResult(url, Status.OK, body, contentType, "");
    }

    static FetchResult notModified(String url) {
        return new FetchResult(url, Status.NOT_MODIFIED, null, "", "");
    }

    static FetchResult failed(String url, Status status, String problem) {
        return new FetchResult(url, status, null, "", problem);
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
