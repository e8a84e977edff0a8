package org.annals.extract.eval;

/** A system under benchmark: page HTML in, article text out. Implementations must be safe to call repeatedly. */
@FunctionalInterface
public interface TextExtractor {
    String extract(String html) throws Exception;
}
