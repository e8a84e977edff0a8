package org.annals.app;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.annals.app.http.ApiServer;
import org.annals.app.http.ServerFile;
import org.annals.app.http.Tokens;
import org.annals.store.AnnalsStore;
import org.annals.store.ReadConnections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the store over HTTP until stopped. */
@Command(
        name = "serve",
        description = "Serve the store over HTTP: a JSON API under /api (see /openapi.json) and the web workbench.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data = new DataDirOption();

    @Mixin
    ActorDictionaryOptions actors = new ActorDictionaryOptions();

    @Option(names = "--port", defaultValue = "7000", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free).")
    int port;

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "File holding the bearer token for POST /api/documents (default: \"token\" of"
                    + " <data-dir>/config.json; without one, writing is off).")
    Path tokenFile;

    @Option(
            names = "--read-connections",
            paramLabel = "N",
            description = "Reads served at the same time, each on a database connection of its own (1-64; default:"
                    + " four per processor, at least 4 and at most 32).")
    Integer readConnections;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            throw new UserException("--port must be from 0 to 65535, got " + port);
        }
        ReadConnections readers = readConnections();
        Path dataDir = data.resolve();
        Optional<String> token = loadToken(tokenFile, dataDir);
        if (!isLoopback(bind)) {
            err.println("annals: warning: listening on " + bind + ", reachable from other machines; the read API has"
                    + " no authentication");
        }
        Analysis analysis = new Analysis(actors.engine(), actors.record());
        RunningServer server = RunningServer.start(dataDir, token, bind, port, readers, analysis, err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "annals-serve-shutdown"));
        out.println("Serving " + dataDir + " at " + server.url() + "/ (API: " + server.url() + "/openapi.json)");
        out.println(
                token.isPresent()
                        ? "POST /api/documents accepts documents with the bearer token."
                        : "Writing is off: " + Tokens.howToConfigure(dataDir) + ".");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return Main.OK;
    }

    private ReadConnections readConnections() {
        if (readConnections == null) {
            return ReadConnections.defaults();
        }
        try {
            return new ReadConnections(readConnections);
        } catch (IllegalArgumentException e) {
            throw new UserException("--read-connections: " + e.getMessage(), e);
        }
    }

    /** The write token from {@code tokenFile} or the data directory's config; a bad one is the user's to fix. */
    static Optional<String> loadToken(Path tokenFile, Path dataDir) {
        try {
            return Tokens.load(tokenFile, dataDir);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new UserException("--bind: unknown address '" + address + "'; use an IP address such as 127.0.0.1");
        }
    }

    /** The engine that analyses the documents posted to the server, and the record of its actor dictionaries. */
    record Analysis(Supplier<AnnalsEngine> engine, DictionaryRecord dictionaries) {
        static final Analysis STANDARD = new Analysis(Engines::shared, DictionaryRecord.of(List.of()));
    }

    /** A started server with its store and server.json; closing stops it, removes the file and closes the store. */
    static final class RunningServer implements AutoCloseable {
        private final AnnalsStore store;
        private final ApiServer server;
        private boolean closed;

        private RunningServer(AnnalsStore store, ApiServer server) {
            this.store = store;
            this.server = server;
        }

        static RunningServer start(Path dataDir, Optional<String> token, String bind, int port) {
            return start(
                    dataDir,
                    token,
                    bind,
                    port,
                    ReadConnections.defaults(),
                    Analysis.STANDARD,
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        }

        static RunningServer start(
                Path dataDir,
                Optional<String> token,
                String bind,
                int port,
                ReadConnections readers,
                Analysis analysis,
                PrintWriter err) {
            AnnalsStore store = Stores.openForWriting(dataDir, readers);
            try {
                // Without a token nothing is analysed into the store, so its record of dictionaries stays true.
                if (token.isPresent()) {
                    analysis.dictionaries().reconcile(store, err);
                }
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
            ApiServer server;
            try {
                server = ApiServer.start(
                        new ApiServer.Setup(store, analysis.engine(), token, new Version().getVersion()[0]),
                        bind,
                        port);
            } catch (RuntimeException e) {
                store.close();
                throw new UserException("cannot listen on " + bind + ":" + port + ": " + ErrorMessages.describe(e), e);
            }
            try {
                ServerFile.forThisProcess(server.url()).write(dataDir);
            } catch (java.io.IOException e) {
                server.close();
                store.close();
                throw new UserException("cannot write " + dataDir.resolve(ServerFile.NAME) + ": " + e.getMessage(), e);
            }
            return new RunningServer(store, server);
        }

        String url() {
            return server.url();
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                server.close();
            } finally {
                ServerFile.remove(store.dataDir());
                store.close();
            }
        }
    }
}
