package wsinspector.ui.live;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import wsinspector.net.EchoServerOptions;
import wsinspector.ui.live.LiveServer.ServerState;

/**
 * The echo server pane's state, without controls: the options a lesson turns (port, subprotocols, allowed
 * origins, delay per message, answering pings, message size limit, permessage-deflate), start/stop, and the
 * server's ping to a client. The delay and "answer pings" apply at once to a running server; the others at start.
 */
public final class ServerPaneModel {
    /** The message size limits offered: a control-frame-sized 125 bytes shows 1009 at once; 16 MiB is the default. */
    public static final List<Long> MESSAGE_LIMITS = List.of(125L, 1024L, 64L * 1024, 1024L * 1024,
            EchoServerOptions.DEFAULT_MAX_MESSAGE_BYTES);

    private final LiveSession session;
    private final IntegerProperty port = new SimpleIntegerProperty(0);
    private final StringProperty subprotocols = new SimpleStringProperty("");
    private final StringProperty allowedOrigins = new SimpleStringProperty("");
    private final IntegerProperty delayMillis = new SimpleIntegerProperty(0);
    private final BooleanProperty answerPings = new SimpleBooleanProperty(true);
    private final ObjectProperty<Long> maxMessageBytes = new SimpleObjectProperty<>(EchoServerOptions.DEFAULT_MAX_MESSAGE_BYTES);
    private final BooleanProperty permessageDeflate = new SimpleBooleanProperty(true);
    private final StringProperty pingPayload = new SimpleStringProperty("ping");
    private final ServerLimitsModel limits = new ServerLimitsModel();
    private final ObjectProperty<ServerConnectionRow> selected = new SimpleObjectProperty<>();
    /** Listening on every address (0.0.0.0) so that students' browsers reach the server; off by default. */
    private final BooleanProperty openToClass = new SimpleBooleanProperty(false);
    private final IntegerProperty maxPerAddress = new SimpleIntegerProperty(10);
    private final ObjectBinding<Note> state;
    private final BooleanBinding running;
    private final BooleanBinding stopped;

    public ServerPaneModel(LiveSession session) {
        this.session = session;
        answerPings.addListener((obs, old, now) -> session.server().setAnswerPings(now));
        delayMillis.addListener((obs, old, now) -> session.server().setDelayMillis(Math.max(0, now.longValue())));
        maxPerAddress.addListener((obs, old, now) -> session.server().setMaxConnectionsPerAddress(Math.max(0, now.intValue())));
        state = Bindings.createObjectBinding(this::stateNow, session.server().stateProperty(), session.server().urlProperty());
        running = Bindings.equal(session.server().stateProperty(), ServerState.RUNNING);
        stopped = Bindings.equal(session.server().stateProperty(), ServerState.STOPPED);
    }

    /** The port to listen on; 0 lets the system choose a free one. */
    public IntegerProperty portProperty() {
        return port;
    }

    /** Subprotocols the server accepts, separated by commas or spaces. */
    public StringProperty subprotocolsProperty() {
        return subprotocols;
    }

    /** Origin values the server accepts (others get 403); empty accepts any. */
    public StringProperty allowedOriginsProperty() {
        return allowedOrigins;
    }

    /** A delay before each echo, so the class sees a message in flight; applies at once. */
    public IntegerProperty delayMillisProperty() {
        return delayMillis;
    }

    /** Whether a ping gets a pong (RFC 6455 §5.5.2 says it must); applies at once. */
    public BooleanProperty answerPingsProperty() {
        return answerPings;
    }

    /** The longest message accepted; a longer one is closed with 1009 (RFC 6455 §7.4.1). */
    public ObjectProperty<Long> maxMessageBytesProperty() {
        return maxMessageBytes;
    }

    public BooleanProperty permessageDeflateProperty() {
        return permessageDeflate;
    }

    /** The limits on what one client may cost the server (handshake, connections, messages, queue, idle time). */
    public ServerLimitsModel limits() {
        return limits;
    }

    /** Whether the server listens on every network address (0.0.0.0), for students' browsers; applies at start. */
    public BooleanProperty openToClassProperty() {
        return openToClass;
    }

    /** At most so many connections at once from one address while open to the class (0: no cap); applies at once. */
    public IntegerProperty maxPerAddressProperty() {
        return maxPerAddress;
    }

    /** What the server's ping carries (UTF-8, at most 125 bytes). */
    public StringProperty pingPayloadProperty() {
        return pingPayload;
    }

    /** The connection chosen in the list: "Send ping to client" pings it (or every client when none is). */
    public ObjectProperty<ServerConnectionRow> selectedProperty() {
        return selected;
    }

    /** Stopped / starting / listening on ws://… / stopping. */
    public ObjectBinding<Note> stateProperty() {
        return state;
    }

    public BooleanBinding runningProperty() {
        return running;
    }

    public BooleanBinding stoppedProperty() {
        return stopped;
    }

    public LiveSession session() {
        return session;
    }

    /** The options as set. */
    public EchoServerOptions options() {
        return limits.applyTo(EchoServerOptions.defaults())
                .withHost(openToClass.get() ? "0.0.0.0" : EchoServerOptions.DEFAULT_HOST)
                .withPort(Math.max(0, Math.min(65535, port.get())))
                .withSubprotocols(words(subprotocols.get()))
                .withAllowedOrigins(words(allowedOrigins.get()))
                .withDelayMillis(Math.max(0, delayMillis.get()))
                .withAnswerPings(answerPings.get())
                .withMaxMessageBytes(maxMessageBytes.get() == null ? EchoServerOptions.DEFAULT_MAX_MESSAGE_BYTES
                        : maxMessageBytes.get())
                .withPermessageDeflate(permessageDeflate.get());
    }

    public void start() {
        session.server().start(options(), Math.max(0, maxPerAddress.get()));
    }

    public void stop() {
        session.server().stop();
    }

    /**
     * The server pings the chosen open connection, or every open one when none is chosen (RFC 6455 §5.5.2): the
     * client answers with a pong by itself, as the notes say a browser does.
     */
    public void ping() {
        byte[] bytes = pingPayload.get() == null ? new byte[0] : pingPayload.get().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > ClientPaneModel.CONTROL_MAX) {
            session.server().reportProblem(Note.error("live.client.error.controlTooLong", bytes.length));
            return;
        }
        ServerConnectionRow row = selected.get();
        if (row != null && row.status() == ServerConnectionRow.Status.OPEN) {
            session.server().ping(row.id(), pingPayload.get());
        } else {
            session.server().pingAll(pingPayload.get());
        }
    }

    static List<String> words(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("[,\\s]+")).filter(w -> !w.isBlank()).toList();
    }

    private Note stateNow() {
        return switch (session.server().stateProperty().get()) {
            case STOPPED -> Note.info("live.server.state.stopped");
            case STARTING -> Note.info("live.server.state.starting");
            case RUNNING -> Note.info("live.server.state.running", session.server().urlProperty().get());
            case STOPPING -> Note.info("live.server.state.stopping");
        };
    }
}
