package org.annals.app.http;

import java.util.Optional;
import org.annals.app.AnnalsEngine;
import org.annals.store.AnnalsStore;

/** API servers for tests: on a free loopback port, over a store the test filled, analysing with extraction only. */
final class TestServers {
    private TestServers() {}

    static ApiServer start(AnnalsStore store, Optional<String> token) {
        return ApiServer.start(
                new ApiServer.Setup(store, () -> new AnnalsEngine(AnnalsEngine.EXTRACTION_STAGES), token, "test"),
                "127.0.0.1",
                0);
    }
}
