package org.annals.app.http;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.core.Document;
import org.annals.store.AnnalsStore;

/** A store filled with a test's documents and served over HTTP on a free loopback port, closed together. */
final class ServedStore implements AutoCloseable {
    private final AnnalsStore store;
    private final ApiServer server;
    private final HttpClientForTests http;

    private ServedStore(AnnalsStore store) {
        this.store = store;
        this.server = TestServers.start(store, Optional.empty());
        this.http = new HttpClientForTests(server.url());
    }

    static ServedStore of(Path dataDir, List<Document> documents) {
        AnnalsStore store = AnnalsStore.openForWriting(dataDir);
        documents.forEach(store::put);
        return new ServedStore(store);
    }

    HttpClientForTests http() {
        return http;
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
