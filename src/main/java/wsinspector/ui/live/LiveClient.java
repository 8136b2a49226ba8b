package wsinspector.ui.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

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
import wsinspector.net.WireTap;
import wsinspector.net.WsClient;
import wsinspector.protocol.Opcode;
import wsinspector.protocol.Phrase;

/**
 * The client's side of a {@link LiveSession}, without controls: connects the {@link WsClient} and sends through it on
 * the session's client thread, never on the FX thread, and publishes its state, close code, note and log to the FX
 * thread through read-only properties.
 */
public final class LiveClient {
    /** How many lines the client's log keeps. */
    static final int LOG_LIMIT = 200;

    public enum ClientState { IDLE, CONNECTING, OPEN, CLOSING, CLOSED, FAILED }

    private final WireTap tap;
    private final Executor fx;
    private final ExecutorService thread;

    private volatile WsClient client;
    /** Whether the client answers the server's pings by itself, as a browser does (RFC 6455 §5.5.2). */
    private volatile boolean answerPings = true;

    private final ReadOnlyObjectWrapper<ClientState> state = new ReadOnlyObjectWrapper<>(ClientState.IDLE);
    private final ReadOnlyIntegerWrapper closeCode = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper closeReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Note> note = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Note> log = FXCollections.observableArrayList();
    private final BooleanBinding open = Bindings.equal(state, ClientState.OPEN);
    /** Counts connect calls, so that late events of a replaced client change nothing. */
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param fx     where state changes are published
     * @param thread the client's own thread
     */
    LiveClient(WireTap tap, Executor fx, ExecutorService thread) {
        this.tap = tap;
        this.fx = fx;
        this.thread = thread;
    }

    /** Connects the client off the FX thread (closing a previous connection first). */
    public CompletableFuture<Void> connect(ClientOptions options) {
        publish(() -> {
            state.set(ClientState.CONNECTING);
            note.set(null);
            closeCode.set(-1);
            closeReason.set("");
        });
        ClientEvents events = new ClientEvents(generation.incrementAndGet());
        return CompletableFuture.runAsync(() -> {
            WsClient old = client;
            client = null;
            if (old != null) {
                old.close();
            }
            try {
                events.owner = WsClient.connect(options.withAutoPong(answerPings), tap, events);
                client = events.owner;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, thread).whenComplete((ok, failure) -> publish(() -> {
            if (!events.current()) {
                return;
            }
            if (failure == null) {
                if (state.get() == ClientState.CONNECTING) {
                    state.set(ClientState.OPEN);
                }
            } else {
                state.set(ClientState.FAILED);
                note.set(Errors.note(failure));
            }
        }));
    }

    /**
     * Whether the server's pings are answered with a pong by the client itself, as a browser always does; off, a
     * lesson shows a ping going unanswered. Applies at once, to the connection open now and the next ones.
     */
    public void setAnswerPings(boolean answer) {
        answerPings = answer;
        WsClient c = client;
        if (c != null) {
            c.setAutoPong(answer);
        }
    }

    /** Closes the client's connection with 1000 (normal closure) and waits for the closing handshake, off the FX thread. */
    public CompletableFuture<Void> disconnect() {
        publish(() -> {
            if (state.get() == ClientState.OPEN) {
                state.set(ClientState.CLOSING);
            }
        });
        return task(c -> c.close(), null);
    }

    /** A text message, in frames of at most {@code fragmentSize} bytes (0: one frame), masked with the key (null: random). */
    public CompletableFuture<Void> sendText(String text, int fragmentSize, byte[] maskKeyOrNull) {
        return task(c -> c.sendText(text, fragmentSize, maskKeyOrNull),
                Note.info("live.client.tx.text", Summaries.quote(text, 60)));
    }

    public CompletableFuture<Void> sendBinary(byte[] data, int fragmentSize, byte[] maskKeyOrNull) {
        return task(c -> c.sendBinary(data, fragmentSize, maskKeyOrNull),
                Note.info("live.client.tx.binary", data.length, Hex.preview(data)));
    }

    public CompletableFuture<Void> ping(byte[] payload) {
        return task(c -> c.ping(payload), Note.info("live.client.tx.ping", Hex.preview(payload)));
    }

    public CompletableFuture<Void> pong(byte[] payload) {
        return task(c -> c.pong(payload), Note.info("live.client.tx.pong", Hex.preview(payload)));
    }

    /** Starts the closing handshake with this code and reason (RFC 6455 §7.1.2). */
    public CompletableFuture<Void> close(int code, String reason) {
        publish(() -> {
            if (state.get() == ClientState.OPEN) {
                state.set(ClientState.CLOSING);
            }
        });
        return task(c -> c.close(code, reason), Note.info("live.client.tx.close", String.valueOf(code), reason));
    }

    /** Sends bytes unchanged through the client's connection (the frame builder's "send raw"). */
    public CompletableFuture<Void> sendRaw(byte[] bytes) {
        return task(c -> c.sendRaw(bytes), Note.info("live.client.tx.raw", bytes.length, Hex.preview(bytes)));
    }

    /** The client's end of its open connection (as the server sees it), empty when not connected. */
    public java.util.Optional<java.net.InetSocketAddress> localAddress() {
        WsClient c = client;
        return c == null || !c.isOpen() ? java.util.Optional.empty() : java.util.Optional.of(c.localAddress());
    }

    public ReadOnlyObjectProperty<ClientState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Whether the client's connection is open (sending is possible). */
    public BooleanBinding openProperty() {
        return open;
    }

    /** The close code the connection ended with (the server's, 1005 without one, 1006 when lost); -1 before. */
    public ReadOnlyIntegerProperty closeCodeProperty() {
        return closeCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty closeReasonProperty() {
        return closeReason.getReadOnlyProperty();
    }

    /** The last thing that went wrong with the client, or null. */
    public ReadOnlyObjectProperty<Note> noteProperty() {
        return note.getReadOnlyProperty();
    }

    /**
     * What the client sent and received, one line each ({@code → Text "Hello"}, {@code ← Ping}), newest last, at
     * most {@value #LOG_LIMIT} lines. FX thread only.
     */
    public ObservableList<Note> log() {
        return FXCollections.unmodifiableObservableList(log);
    }

    /** For the session's close(): closes the connection on the client's thread (the session then shuts it down). */
    void release() {
        WsClient c = client;
        client = null;
        thread.execute(() -> {
            if (c != null) {
                c.close();
            }
        });
    }

    private interface ClientAction {
        void run(WsClient c) throws IOException;
    }

    /** Runs the action on the client's thread; on success logs {@code sent} (if any), on failure sets the note. */
    private CompletableFuture<Void> task(ClientAction action, Note sent) {
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
            WsClient c = client;
            if (c == null || !c.isOpen()) {
                throw new Unavailable("live.error.state.notConnected", "the client is not connected");
            }
            try {
                action.run(c);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, thread);
        done.whenComplete((ok, failure) -> publish(() -> {
            if (failure != null) {
                note.set(Errors.note(failure));
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
            return generation == LiveClient.this.generation.get();
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
            receive(Note.info(answerPings ? "live.client.rx.ping" : "live.client.rx.ping.unanswered", Hex.preview(payload)));
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
                    closeCode.set(code);
                    closeReason.set(reason == null ? "" : reason);
                    state.set(ClientState.CLOSED);
                }
            });
            // Release the socket and the reading thread once the closing handshake is over. On the client's
            // thread, so it runs after connect() has stored the owner even when the close came at once.
            LiveSession.executeQuietly(thread, () -> {
                if (owner != null) {
                    owner.close();
                }
            });
        }

        @Override
        public void onError(Phrase problem) {
            publish(() -> {
                if (current()) {
                    note.set(Note.error("live.error.said", problem));
                }
            });
        }
    }

    private void log(Note line) {
        log.add(line);
        if (log.size() > LOG_LIMIT) {
            log.remove(0, log.size() - LOG_LIMIT);
        }
    }

    private void publish(Runnable r) {
        fx.execute(r);
    }
}
