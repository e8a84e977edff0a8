package org.annals.core;

/** A pipeline that cannot work as configured; thrown when it is built, never while documents flow. */
public final class PipelineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PipelineException(String message) {
        super(message);
    }
}
