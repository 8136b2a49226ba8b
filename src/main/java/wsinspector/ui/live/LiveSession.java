package wsinspector.ui.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import wsinspector.dissect.Hex;
import wsinspector.dissect.Summaries;
import wsinspector.net.ClientListener;
import wsinspector.net.ClientOptions;
import wsinspector.net.ConnectionInfo;
import wsinspector.net.ConnectionListener;
import wsinspector.net.EchoServer;
import wsinspector.net.EchoServerOptions;
import wsinspector.net.SteppedClient;
import wsinspector.net.TapListener;
import wsinspector.net.WireTap;
import wsinspector.net.WsClient;
import wsinspector.protocol.Opcode;

/**
 * The live side of a lesson, without controls: one {@link WireTap}, the {@link EchoServer} and the {@link WsClient}
 * that record into it. Starting, stopping, connecting and sending run on the session's own threads (one for the
 * server, one for the client), never on the FX thread; what the panes show is published to the FX thread through
 * read-only properties.
 *
 * <p>The window records the conversation through {@link #addTapListener}: every connection once, by the rule of
 * {@link TapRule} (the echo server's recording of every connection made to it; the client's recording only of its
 * connections to other servers).
 */
public final class LiveSession implements AutoCloseable {
    /** Events the tap holds for slow listeners before it drops (and reports) them. */
    public static final int TAP_CAPACITY = 16_384;
    /** How many lines the client's log keeps. */
    static final int LOG_LIMIT = 200;

    public enum ServerState { STOPPED, STARTING, RUNNING, STOPPING }

    public enum ClientState { IDLE, CONNECTING, OPEN, CLOSING, CLOSED, FAILED }

    private final WireTap tap = new WireTap(TAP_CAPACITY);
    private final Set<InetSocketAddress> ownServerAddresses = ConcurrentHashMap.newKeySet();
    private final TapRule rule = new TapRule(() -> ownServerAddresses);
    private final Executor fx;
    private final ExecutorService serverThread = Executors.newSingleThreadExecutor(daemon("live-server"));
    private final ExecutorService clientThread = Executors.newSingleThreadExecutor(daemon("live-client"));
    /** The step mode's own thread: a receive step blocks up to its timeout and must not hold up the client. */
    private final ExecutorService stepThread = Executors.newSingleThreadExecutor(daemon("live-steps"));
    private final Set<SteppedClient> steppers = ConcurrentHashMap.newKeySet();

    private volatile EchoServer server;
    private volatile WsClient client;

    private final ReadOnlyObjectWrapper<ServerState> serverState = new ReadOnlyObjectWrapper<>(ServerState.STOPPED);
    private final ReadOnlyObjectWrapper<InetSocketAddress> serverAddress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper serverUrl = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Note> serverNote = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ServerConnectionRow> connections = FXCollections.observableArrayList();
    private long refusedIds;

    private final ReadOnlyObjectWrapper<ClientState> clientState = new ReadOnlyObjectWrapper<>(ClientState.IDLE);
    private final ReadOnlyIntegerWrapper clientCloseCode = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper clientCloseReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Note> clientNote = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Note> clientLog = FXCollections.observableArrayList();
    private final BooleanBinding clientOpen = Bindings.equal(clientState, ClientState.OPEN);
    /** Counts connect calls, so that late events of a replaced client change nothing. */
    private final AtomicLong generation = new AtomicLong();

    /** A session whose state lands on the FX thread. */
    public LiveSession() {
        this(Platform::runLater);
    }

    /** @param fx where state changes are published (the FX thread; tests may pass a direct executor) */
    LiveSession(Executor fx) {
        this.fx = fx;
    }

    // --- the tap ----------------------------------------------------------------------------

    /**
     * Hears every recorded connection once (see {@link TapRule}), in batches on the tap's thread: the listener
     * must hop to the FX thread itself, in batches (a flood of frames must not flood the FX queue).
     */
    public void addTapListener(TapListener listener) {
        tap.addListener(batch -> {
            List<wsinspector.net.TapEvent> kept = rule.filter(batch);
            if (!kept.isEmpty()) {
                listener.onEvents(kept);
            }
        });
    }

    /** The raw tap, with both ends of every connection (for a listener that wants them all). */
    public WireTap tap() {
        return tap;
    }

    // --- the echo server --------------------------------------------------------------------

    /** Starts the echo server off the FX thread; completes with its address, or fails (the note says why). */
    public CompletableFuture<InetSocketAddress> startServer(EchoServerOptions options) {
        publish(() -> {
            serverState.set(ServerState.STARTING);
            serverNote.set(null);
            connections.clear(); // a new server lists its own connections
        });
        return CompletableFuture.supplyAsync(() -> {
            if (server != null) {
                throw new IllegalStateException("the server is already running");
            }
            EchoServer s = new EchoServer(options, tap);
            s.addConnectionListener(new ServerEvents());
            try {
                InetSocketAddress address = s.start();
                ownServerAddresses.add(address);
                server = s;
                return address;
            } catch (IOException e) {
                s.close();
                throw new UncheckedIOException(e);
            }
        }, serverThread).whenComplete((address, failure) -> publish(() -> {
            if (failure == null) {
                serverAddress.set(address);
                serverUrl.set(url(address));
                serverState.set(ServerState.RUNNING);
            } else {
                serverState.set(server != null ? ServerState.RUNNING : ServerState.STOPPED);
                serverNote.set(Errors.note(failure));
            }
        }));
    }

    /** Stops the echo server (open connections get 1001, RFC 6455 §7.4.1). */
    public CompletableFuture<Void> stopServer() {
        publish(() -> serverState.set(ServerState.STOPPING));
        return CompletableFuture.runAsync(() -> {
            EchoServer s = server;
            server = null;
            if (s != null) {
                s.close();
            }
        }, serverThread).whenComplete((ok, failure) -> publish(() -> {
            serverState.set(ServerState.STOPPED);
            serverAddress.set(null);
            serverUrl.set(null);
            if (failure != null) {
                serverNote.set(Errors.note(failure));
            }
        }));
    }

    /** Shows a problem found before reaching the server (bad input) in the server's note. */
    void reportServerProblem(Note note) {
        publish(() -> serverNote.set(note));
    }

    /** The server pings one client (RFC 6455 §5.5.2): a browser, or our client, answers with a pong by itself. */
    public void pingClient(long connection, String payload) {
        EchoServer s = server;
        if (s != null) {
            publish(() -> serverNote.set(null));
            runOn(serverThread, () -> s.ping(connection, payload.getBytes(StandardCharsets.UTF_8)), serverNote);
        }
    }

    /** The server pings every open RFC 6455 connection. */
    public void pingAllClients(String payload) {
        EchoServer s = server;
        if (s != null) {
            publish(() -> serverNote.set(null));
            runOn(serverThread, () -> s.pingAll(payload.getBytes(StandardCharsets.UTF_8)), serverNote);
        }
    }

    /** Whether the running server answers pings (the options decide it at the next start too). */
    public void setAnswerPings(boolean answer) {
        EchoServer s = server;
        if (s != null) {
            s.setAnswerPings(answer);
        }
    }

    public void setDelayMillis(long millis) {
        EchoServer s = server;
        if (s != null) {
            s.setDelayMillis(millis);
        }
    }

    public ReadOnlyObjectProperty<ServerState> serverStateProperty() {
        return serverState.getReadOnlyProperty();
    }

    /** Where the server listens, null while it does not run. */
    public ReadOnlyObjectProperty<InetSocketAddress> serverAddressProperty() {
        return serverAddress.getReadOnlyProperty();
    }

    /** The URL a client uses to reach the running server ({@code ws://127.0.0.1:PORT/}), null while it does not run. */
    public ReadOnlyStringProperty serverUrlProperty() {
        return serverUrl.getReadOnlyProperty();
    }

    /** The last thing that went wrong with the server, or null. */
    public ReadOnlyObjectProperty<Note> serverNoteProperty() {
        return serverNote.getReadOnlyProperty();
    }

    /** The server's connections since it started, oldest first, refused handshakes included. FX thread only. */
    public ObservableList<ServerConnectionRow> serverConnections() {
        return FXCollections.unmodifiableObservableList(connections);
    }

    static String url(InetSocketAddress a) {
        String host = a.getAddress() == null || a.getAddress().isAnyLocalAddress() ? "127.0.0.1"
                : a.getAddress().getHostAddress();
        return "ws://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/";
    }

    /** The server's connection events, turned into rows on the FX thread. */
    private final class ServerEvents implements ConnectionListener {
        @Override
        public void opened(ConnectionInfo c) {
            ServerConnectionRow row = new ServerConnectionRow(c.id(), c.peer(), c.kind().name(), c.path(),
                    ServerConnectionRow.Status.OPEN, -1, "");
            publish(() -> connections.add(row));
        }

        @Override
        public void closed(ConnectionInfo c, int closeCode, String reason) {
            publish(() -> connections.replaceAll(r -> r.id() == c.id() ? r.closed(closeCode, reason) : r));
        }

        @Override
        public void refused(String peer, int status, String reason) {
            publish(() -> connections.add(new ServerConnectionRow(-(++refusedIds), peer, "", "",
                    ServerConnectionRow.Status.REFUSED, status, reason)));
        }
    }

    // --- the client -------------------------------------------------------------------------

    /** Connects the client off the FX thread (closing a previous connection first). */
    public CompletableFuture<Void> connect(ClientOptions options) {
        publish(() -> {
            clientState.set(ClientState.CONNECTING);
            clientNote.set(null);
            clientCloseCode.set(-1);
            clientCloseReason.set("");
        });
        ClientEvents events = new ClientEvents(generation.incrementAndGet());
        return CompletableFuture.runAsync(() -> {
            WsClient old = client;
            client = null;
            if (old != null) {
                old.close();
            }
            try {
                events.owner = WsClient.connect(options, tap, events);
                client = events.owner;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, clientThread).whenComplete((ok, failure) -> publish(() -> {
            if (!events.current()) {
                return;
            }
            if (failure == null) {
                if (clientState.get() == ClientState.CONNECTING) {
                    clientState.set(ClientState.OPEN);
                }
            } else {
                clientState.set(ClientState.FAILED);
                clientNote.set(Errors.note(failure));
            }
        }));
    }

    /** Closes the client's connection with 1000 (normal closure) and waits for the closing handshake, off the FX thread. */
    public CompletableFuture<Void> disconnect() {
        publish(() -> {
            if (clientState.get() == ClientState.OPEN) {
                clientState.set(ClientState.CLOSING);
            }
        });
        return clientTask(c -> c.close(), null);
    }

    /** A text message, in frames of at most {@code fragmentSize} bytes (0: one frame), masked with the key (null: random). */
    public CompletableFuture<Void> sendText(String text, int fragmentSize, byte[] maskKeyOrNull) {
        return clientTask(c -> c.sendText(text, fragmentSize, maskKeyOrNull),
                Note.info("live.client.tx.text", Summaries.quote(text, 60)));
    }

    public CompletableFuture<Void> sendBinary(byte[] data, int fragmentSize, byte[] maskKeyOrNull) {
        return clientTask(c -> c.sendBinary(data, fragmentSize, maskKeyOrNull),
                Note.info("live.client.tx.binary", data.length, Hex.preview(data)));
    }

    public CompletableFuture<Void> ping(byte[] payload) {
        return clientTask(c -> c.ping(payload), Note.info("live.client.tx.ping", Hex.preview(payload)));
    }

    public CompletableFuture<Void> pong(byte[] payload) {
        return clientTask(c -> c.pong(payload), Note.info("live.client.tx.pong", Hex.preview(payload)));
    }

    /** Starts the closing handshake with this code and reason (RFC 6455 §7.1.2). */
    public CompletableFuture<Void> closeClient(int code, String reason) {
        publish(() -> {
            if (clientState.get() == ClientState.OPEN) {
                clientState.set(ClientState.CLOSING);
            }
        });
        return clientTask(c -> c.close(code, reason), Note.info("live.client.tx.close", String.valueOf(code), reason));
    }

    /** Sends bytes unchanged through the client's connection (the frame builder's "send raw"). */
    public CompletableFuture<Void> sendRaw(byte[] bytes) {
        return clientTask(c -> c.sendRaw(bytes), Note.info("live.client.tx.raw", bytes.length, Hex.preview(bytes)));
    }

    public ReadOnlyObjectProperty<ClientState> clientStateProperty() {
        return clientState.getReadOnlyProperty();
    }

    /** Whether the client's connection is open (sending is possible). */
    public BooleanBinding clientOpenProperty() {
        return clientOpen;
    }

    /** The close code the connection ended with (the server's, 1005 without one, 1006 when lost); -1 before. */
    public ReadOnlyIntegerProperty clientCloseCodeProperty() {
        return clientCloseCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clientCloseReasonProperty() {
        return clientCloseReason.getReadOnlyProperty();
    }

    /** The last thing that went wrong with the client, or null. */
    public ReadOnlyObjectProperty<Note> clientNoteProperty() {
        return clientNote.getReadOnlyProperty();
    }

    /**
     * What the client sent and received, one line each ({@code → Text "Hello"}, {@code ← Ping}), newest last, at
     * most {@value #LOG_LIMIT} lines. FX thread only.
     */
    public ObservableList<Note> clientLog() {
        return FXCollections.unmodifiableObservableList(clientLog);
    }

    private interface ClientAction {
        void run(WsClient c) throws IOException;
    }

    /** Runs the action on the client's thread; on success logs {@code sent} (if any), on failure sets the note. */
    private CompletableFuture<Void> clientTask(ClientAction action, Note sent) {
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
            WsClient c = client;
            if (c == null || !c.isOpen()) {
                throw new IllegalStateException("the client is not connected");
            }
            try {
                action.run(c);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, clientThread);
        done.whenComplete((ok, failure) -> publish(() -> {
            if (failure != null) {
                clientNote.set(Errors.note(failure));
            } else if (sent != null) {
                log(sent);
            }
        }));
        return done;
    }

    /** What one client hears, on its reading thread: published to the FX thread while it is the current client. */
    private final class ClientEvents implements ClientListener {
        private final long generation;
        private volatile WsClient owner;

        ClientEvents(long generation) {
            this.generation = generation;
        }

        boolean current() {
            return generation == LiveSession.this.generation.get();
        }

        private void receive(Note line) {
            publish(() -> {
                if (current()) {
                    log(line);
                }
            });
        }

        @Override
        public void onMessage(int opcode, byte[] payload) {
            Note line = opcode == Opcode.TEXT.code()
                    ? Note.info("live.client.rx.text", Summaries.quote(new String(payload, StandardCharsets.UTF_8), 60))
                    : Note.info("live.client.rx.binary", payload.length, Hex.preview(payload));
            receive(line);
        }

        @Override
        public void onPing(byte[] payload) {
            receive(Note.info("live.client.rx.ping", Hex.preview(payload)));
        }

        @Override
        public void onPong(byte[] payload) {
            receive(Note.info("live.client.rx.pong", Hex.preview(payload)));
        }

        @Override
        public void onClose(int code, String reason) {
            receive(Note.info("live.client.rx.close", String.valueOf(code), reason == null ? "" : reason));
            publish(() -> {
                if (current()) {
                    clientCloseCode.set(code);
                    clientCloseReason.set(reason == null ? "" : reason);
                    clientState.set(ClientState.CLOSED);
                }
            });
            // Release the socket and the reading thread once the closing handshake is over. On the client's
            // thread, so it runs after connect() has stored the owner even when the close came at once.
            executeQuietly(clientThread, () -> {
                if (owner != null) {
                    owner.close();
                }
            });
        }

        @Override
        public void onError(String message) {
            publish(() -> {
                if (current()) {
                    clientNote.set(Note.error("live.client.error.protocol", message));
                }
            });
        }
    }

    private void log(Note line) {
        clientLog.add(line);
        if (clientLog.size() > LOG_LIMIT) {
            clientLog.remove(0, clientLog.size() - LOG_LIMIT);
        }
    }

    private static void executeQuietly(ExecutorService thread, Runnable r) {
        try {
            thread.execute(r);
        } catch (RejectedExecutionException shutDown) {
            // the session is closing: it closes the client itself
        }
    }

    // --- the step mode ----------------------------------------------------------------------

    /** A step-mode client recording into this session's tap; closed with the session. */
    SteppedClient openStepper(ClientOptions options) {
        SteppedClient c = new SteppedClient(options, tap);
        steppers.add(c);
        return c;
    }

    /** Closes a step-mode client (off the FX thread: it may be blocked in a receive step). */
    void closeStepper(SteppedClient c) {
        steppers.remove(c);
        executeQuietly(stepThread, c::close);
    }

    /** Runs a step (which may block on the network) on the step mode's thread. */
    <T> CompletableFuture<T> onStepThread(Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, stepThread);
    }

    // --- shutdown ---------------------------------------------------------------------------

    /** Closes the client and the server and stops the tap; waits a few seconds at most. */
    @Override
    public void close() {
        WsClient c = client;
        client = null;
        EchoServer s = server;
        server = null;
        clientThread.execute(() -> {
            if (c != null) {
                c.close();
            }
        });
        serverThread.execute(() -> {
            if (s != null) {
                s.close();
            }
        });
        // SteppedClient.close() waits for a step blocked in a receive (up to its timeout): not on this thread
        List<SteppedClient> open = List.copyOf(steppers);
        steppers.clear();
        daemon("live-steps-close").newThread(() -> open.forEach(SteppedClient::close)).start();
        clientThread.shutdown();
        serverThread.shutdown();
        stepThread.shutdownNow();
        try {
            clientThread.awaitTermination(3, TimeUnit.SECONDS);
            serverThread.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clientThread.shutdownNow();
        serverThread.shutdownNow();
        tap.close();
    }

    private void publish(Runnable r) {
        fx.execute(r);
    }

    private void runOn(ExecutorService thread, Runnable r, ReadOnlyObjectWrapper<Note> note) {
        CompletableFuture.runAsync(r, thread).whenComplete((ok, failure) -> {
            if (failure != null) {
                publish(() -> note.set(Errors.note(failure)));
            }
        });
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
