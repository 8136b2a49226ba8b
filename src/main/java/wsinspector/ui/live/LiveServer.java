package wsinspector.ui.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import wsinspector.net.ConnectionInfo;
import wsinspector.net.ConnectionListener;
import wsinspector.net.EchoServer;
import wsinspector.net.EchoServerOptions;
import wsinspector.net.WireTap;
import wsinspector.protocol.Phrase;

/**
 * The echo server's side of a {@link LiveSession}, without controls: starts and stops the {@link EchoServer} on the
 * session's server thread, never on the FX thread, and publishes its state, URL, note and connections to the FX
 * thread through read-only properties.
 */
public final class LiveServer {
    public enum ServerState { STOPPED, STARTING, RUNNING, STOPPING }

    private final WireTap tap;
    private final Executor fx;
    private final ExecutorService thread;
    /** Where our servers listen: the session's tap rule records their connections from this side only. */
    private final Set<InetSocketAddress> ownAddresses;
    /** Our own step-mode clients, which the server waits for (see {@link EchoServer#waitPatientlyFor}). */
    private final Predicate<InetSocketAddress> ownClients;

    private volatile EchoServer server;
    /** The language of the close reasons and refusals our server sends: the reader's, as the client pane quotes them. */
    private volatile Locale peerLanguage = Locale.ENGLISH;

    private final ReadOnlyObjectWrapper<ServerState> state = new ReadOnlyObjectWrapper<>(ServerState.STOPPED);
    private final ReadOnlyObjectWrapper<InetSocketAddress> address = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Note> note = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ServerConnectionRow> connections = FXCollections.observableArrayList();
    private long refusedIds;

    /**
     * @param fx           where state changes are published
     * @param thread       the server's own thread
     * @param ownAddresses filled with the address of every server started here
     * @param ownClients   tells the addresses of the session's own step-mode clients
     */
    LiveServer(WireTap tap, Executor fx, ExecutorService thread, Set<InetSocketAddress> ownAddresses,
               Predicate<InetSocketAddress> ownClients) {
        this.tap = tap;
        this.fx = fx;
        this.thread = thread;
        this.ownAddresses = ownAddresses;
        this.ownClients = ownClients;
    }

    /** Starts the echo server off the FX thread; completes with its address, or fails (the note says why). */
    public CompletableFuture<InetSocketAddress> start(EchoServerOptions options) {
        return start(options, 0);
    }

    /**
     * As {@link #start(EchoServerOptions)}, with at most {@code maxPerAddress} connections at once from one client
     * address while it listens beyond loopback (0: no cap; see {@link EchoServer#setMaxConnectionsPerAddress}).
     */
    public CompletableFuture<InetSocketAddress> start(EchoServerOptions options, int maxPerAddress) {
        publish(() -> {
            state.set(ServerState.STARTING);
            note.set(null);
            connections.clear(); // a new server lists its own connections
        });
        return CompletableFuture.supplyAsync(() -> {
            if (server != null) {
                throw new Unavailable("live.error.state.serverRunning", "the server is already running");
            }
            EchoServer s = new EchoServer(options, tap);
            s.setPeerLanguage(peerLanguage);
            s.waitPatientlyFor(ownClients);
            s.setMaxConnectionsPerAddress(maxPerAddress);
            s.addConnectionListener(new ServerEvents());
            try {
                InetSocketAddress a = s.start();
                ownAddresses.add(a);
                server = s;
                return a;
            } catch (IOException e) {
                s.close();
                throw new UncheckedIOException(e);
            }
        }, thread).whenComplete((a, failure) -> publish(() -> {
            if (failure == null) {
                address.set(a);
                url.set(url(a));
                state.set(ServerState.RUNNING);
            } else {
                state.set(server != null ? ServerState.RUNNING : ServerState.STOPPED);
                note.set(Errors.note(failure));
            }
        }));
    }

    /** Close reasons and refusals are said in {@code language} from now on, by a running server and later ones. */
    public void setPeerLanguage(Locale language) {
        peerLanguage = language;
        EchoServer s = server;
        if (s != null) {
            s.setPeerLanguage(language);
        }
    }

    /** Stops the echo server (open connections get 1001, RFC 6455 §7.4.1). */
    public CompletableFuture<Void> stop() {
        publish(() -> state.set(ServerState.STOPPING));
        return CompletableFuture.runAsync(() -> {
            EchoServer s = server;
            server = null;
            if (s != null) {
                s.close();
            }
        }, thread).whenComplete((ok, failure) -> publish(() -> {
            state.set(ServerState.STOPPED);
            address.set(null);
            url.set(null);
            if (failure != null) {
                note.set(Errors.note(failure));
            }
        }));
    }

    /** Shows a problem found before reaching the server (bad input) in the server's note. */
    void reportProblem(Note problem) {
        publish(() -> note.set(problem));
    }

    /** The server pings one client (RFC 6455 §5.5.2): a browser, or our client, answers with a pong by itself. */
    public void ping(long connection, String payload) {
        EchoServer s = server;
        if (s != null) {
            publish(() -> note.set(null));
            runOnThread(() -> s.ping(connection, payload.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The server pings every open RFC 6455 connection. */
    public void pingAll(String payload) {
        EchoServer s = server;
        if (s != null) {
            publish(() -> note.set(null));
            runOnThread(() -> s.pingAll(payload.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Whether the running server answers pings (the options decide it at the next start too). */
    public void setAnswerPings(boolean answer) {
        EchoServer s = server;
        if (s != null) {
            s.setAnswerPings(answer);
        }
    }

    /** Records our own client's connection from {@code peer} at once (see {@link EchoServer#recordAtOnce}). */
    void recordAtOnce(InetSocketAddress peer) {
        EchoServer s = server;
        if (s != null) {
            s.recordAtOnce(peer);
        }
    }

    /** The cap per client address of the running server (the next start takes it from its options too). */
    public void setMaxConnectionsPerAddress(int max) {
        EchoServer s = server;
        if (s != null) {
            s.setMaxConnectionsPerAddress(max);
        }
    }

    public void setDelayMillis(long millis) {
        EchoServer s = server;
        if (s != null) {
            s.setDelayMillis(millis);
        }
    }

    public ReadOnlyObjectProperty<ServerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Where the server listens, null while it does not run. */
    public ReadOnlyObjectProperty<InetSocketAddress> addressProperty() {
        return address.getReadOnlyProperty();
    }

    /** The URL a client uses to reach the running server ({@code ws://127.0.0.1:PORT/}), null while it does not run. */
    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    /** The last thing that went wrong with the server, or null. */
    public ReadOnlyObjectProperty<Note> noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The server's connections since it started, oldest first, refused handshakes included. FX thread only. */
    public ObservableList<ServerConnectionRow> connections() {
        return FXCollections.unmodifiableObservableList(connections);
    }

    static String url(InetSocketAddress a) {
        String host = a.getAddress() == null || a.getAddress().isAnyLocalAddress() ? "127.0.0.1"
                : a.getAddress().getHostAddress();
        return "ws://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/";
    }

    /** For the session's close(): closes the server on its thread (the session then shuts the thread down). */
    void release() {
        EchoServer s = server;
        server = null;
        thread.execute(() -> {
            if (s != null) {
                s.close();
            }
        });
    }

    /** The server's connection events, turned into rows on the FX thread. */
    private final class ServerEvents implements ConnectionListener {
        @Override
        public void opened(ConnectionInfo c) {
            ServerConnectionRow row = new ServerConnectionRow(c.id(), c.peer(), c.kind().name(), c.path(),
                    ServerConnectionRow.Status.OPEN, -1, null, c.browser().orElse(null));
            publish(() -> connections.add(row));
        }

        @Override
        public void closed(ConnectionInfo c, int closeCode, Phrase reason) {
            publish(() -> connections.replaceAll(r -> r.id() == c.id() ? r.closed(closeCode, reason) : r));
        }

        @Override
        public void refused(long connection, String peer, int status, Phrase reason) {
            publish(() -> connections.add(new ServerConnectionRow(connection >= 0 ? connection : -(++refusedIds), peer,
                    "", "", ServerConnectionRow.Status.REFUSED, status, reason)));
        }
    }

    private void publish(Runnable r) {
        fx.execute(r);
    }

    /** Runs r on the server's thread; a failure lands in the note. */
    private void runOnThread(Runnable r) {
        CompletableFuture.runAsync(r, thread).whenComplete((ok, failure) -> {
            if (failure != null) {
                publish(() -> note.set(Errors.note(failure)));
            }
        });
    }
}
