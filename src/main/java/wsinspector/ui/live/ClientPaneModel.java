package wsinspector.ui.live;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import wsinspector.net.ClientMode;
import wsinspector.net.ClientOptions;
import wsinspector.protocol.CloseCode;
import wsinspector.protocol.SecWebSocketAccept;
import wsinspector.ui.live.LiveClient.ClientState;

/**
 * The client pane's state, without controls: the connection's settings (URL, mode, subprotocols,
 * permessage-deflate, Origin, a chosen Sec-WebSocket-Key) and the composer (what to send, fragment size, masking
 * key, close code and reason). Commands validate what was typed and hand the work to the {@link LiveSession};
 * a mistake becomes a {@link Note}, never an exception.
 */
public final class ClientPaneModel {

    /** What the composer sends. */
    public enum Kind { TEXT, BINARY, PING, PONG, CLOSE }

    /** The key of the course notes' example request (and of the lesson): its accept is {@code hsBlbuDTkk24srzEOTBUlZAlC2g=}. */
    public static final String COURSE_NOTES_KEY = "Iv8io/9s+lYFgZWcXczP8Q==";
    public static final String COURSE_NOTES_ORIGIN = "https://mai.ru";
    /** The close codes a person may want to send, the common ones first (RFC 6455 §7.4.1), then one of each range. */
    public static final List<Integer> CLOSE_CODES = List.of(1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011,
            3000, 4000);
    /** Longest payload of a control frame (RFC 6455 §5.5). */
    static final int CONTROL_MAX = 125;

    private final LiveSession session;

    private final StringProperty url = new SimpleStringProperty("");
    private final ObjectProperty<ClientMode> mode = new SimpleObjectProperty<>(ClientMode.RFC6455);
    private final StringProperty subprotocols = new SimpleStringProperty("");
    private final BooleanProperty permessageDeflate = new SimpleBooleanProperty();
    private final StringProperty origin = new SimpleStringProperty("");
    private final StringProperty key = new SimpleStringProperty("");
    private final BooleanProperty answerPings = new SimpleBooleanProperty(true);

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.TEXT);
    private final StringProperty payload = new SimpleStringProperty("Hello");
    private final IntegerProperty fragmentSize = new SimpleIntegerProperty(0);
    private final BooleanProperty randomMask = new SimpleBooleanProperty(true);
    private final StringProperty maskKey = new SimpleStringProperty(FrameBuilderModel.RFC_EXAMPLE_KEY);
    private final ObjectProperty<Integer> closeCode = new SimpleObjectProperty<>(1000);
    private final StringProperty closeReason = new SimpleStringProperty("");

    private final ReadOnlyObjectWrapper<Note> inputNote = new ReadOnlyObjectWrapper<>();
    private final ObjectBinding<Note> keyHint;
    private final ObjectBinding<Note> state;

    public ClientPaneModel(LiveSession session) {
        this.session = session;
        ServerUrls.follow(session, url, "");
        answerPings.addListener((obs, old, now) -> session.client().setAnswerPings(now));
        keyHint = Bindings.createObjectBinding(this::keyHintNow, key, mode);
        state = Bindings.createObjectBinding(this::stateNow, session.client().stateProperty(),
                session.client().closeCodeProperty(), session.client().closeReasonProperty());
    }

    // --- connection settings ---------------------------------------------------------------

    /** The server's URL; the local echo server's once it runs, unless another was typed. */
    public StringProperty urlProperty() {
        return url;
    }

    public ObjectProperty<ClientMode> modeProperty() {
        return mode;
    }

    /** Subprotocols to offer, separated by commas or spaces, by preference. */
    public StringProperty subprotocolsProperty() {
        return subprotocols;
    }

    public BooleanProperty permessageDeflateProperty() {
        return permessageDeflate;
    }

    /** The Origin header; empty for none. */
    public StringProperty originProperty() {
        return origin;
    }

    /** The Sec-WebSocket-Key to send; empty for a fresh random one (RFC 6455 §4.1). */
    public StringProperty keyProperty() {
        return key;
    }

    /**
     * Whether the client answers the server's pings with a pong by itself, as a browser does (the notes' case,
     * RFC 6455 §5.5.2); applies at once. The echo server's own switch governs the other way.
     */
    public BooleanProperty answerPingsProperty() {
        return answerPings;
    }

    /** A warning about the chosen key (not 16 bytes of base64: the server will refuse), or null. */
    public ObjectBinding<Note> keyHintProperty() {
        return keyHint;
    }

    /** The connection's state as a line: connecting, open, closed with its code. */
    public ObjectBinding<Note> stateProperty() {
        return state;
    }

    /** What was wrong with the input of the last command, or null. */
    public ReadOnlyObjectProperty<Note> inputNoteProperty() {
        return inputNote.getReadOnlyProperty();
    }

    public LiveSession session() {
        return session;
    }

    /** The course notes' request: key {@value #COURSE_NOTES_KEY}, Origin {@value #COURSE_NOTES_ORIGIN}, path /chat. */
    public void courseNotesExample() {
        key.set(COURSE_NOTES_KEY);
        origin.set(COURSE_NOTES_ORIGIN);
        mode.set(ClientMode.RFC6455);
        String base = session.server().urlProperty().get();
        if (base != null) {
            url.set(base + "chat");
        }
    }

    /** Connects with the settings as typed; a bad URL becomes a note. */
    public void connect() {
        options().ifPresent(o -> {
            inputNote.set(null);
            session.client().connect(o);
        });
    }

    public void disconnect() {
        inputNote.set(null);
        session.client().disconnect();
    }

    /**
     * The options the settings describe, or empty (and a note) when the URL is not a WebSocket URL. Public for the
     * guided lesson, which connects with what it wrote into the pane so that the pane shows what is sent.
     */
    public Optional<ClientOptions> options() {
        WsUrl checked = WsUrl.check(url.get());
        if (checked.problem() != null) {
            inputNote.set(checked.problem());
            return Optional.empty();
        }
        URI uri = checked.uri();
        List<String> offered = Arrays.stream(subprotocols.get().split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        String chosenKey = key.get() == null || key.get().isBlank() ? null : key.get().trim();
        String chosenOrigin = origin.get() == null || origin.get().isBlank() ? null : origin.get().trim();
        return Optional.of(new ClientOptions(uri, mode.get(), offered, permessageDeflate.get(), List.of(), chosenKey,
                chosenOrigin, answerPings.get(), Duration.ofSeconds(5)));
    }

    private <T> Optional<T> fail(String noteKey, Object... args) {
        inputNote.set(Note.error(noteKey, args));
        return Optional.empty();
    }

    private Note keyHintNow() {
        String k = key.get() == null ? "" : key.get().trim();
        if (k.isEmpty()) {
            return Note.info("live.client.key.random");
        }
        if (mode.get() == ClientMode.HIXIE76) {
            return Note.info("live.client.key.hixie");
        }
        if (!SecWebSocketAccept.isValidKey(k)) {
            return Note.error("live.client.key.invalid");
        }
        return Note.info("live.client.key.accept", SecWebSocketAccept.of(k));
    }

    private Note stateNow() {
        ClientState s = session.client().stateProperty().get();
        return switch (s) {
            case IDLE -> Note.info("live.client.state.idle");
            case CONNECTING -> Note.info("live.client.state.connecting");
            case OPEN -> Note.info("live.client.state.open");
            case CLOSING -> Note.info("live.client.state.closing");
            case CLOSED -> closedNote();
            case FAILED -> Note.error("live.client.state.failed");
        };
    }

    private Note closedNote() {
        int code = session.client().closeCodeProperty().get();
        String reason = session.client().closeReasonProperty().get();
        String name = CloseCode.of(code).map(c -> "close." + c.code()).orElse("live.client.closeCode.other");
        return new Note(reason.isEmpty() ? "live.client.state.closed" : "live.client.state.closedReason",
                List.of(String.valueOf(code), new Note.Key(name), reason), code != 1000 && code != 1001);
    }

    // --- composer ---------------------------------------------------------------------------

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** Text for TEXT, PING, PONG (sent as UTF-8), hex bytes for BINARY. */
    public StringProperty payloadProperty() {
        return payload;
    }

    /** Payload bytes per frame; 0 sends the message in one frame (RFC 6455 §5.4). */
    public IntegerProperty fragmentSizeProperty() {
        return fragmentSize;
    }

    /** Whether each frame gets a fresh random masking key (what a browser does, RFC 6455 §5.3). */
    public BooleanProperty randomMaskProperty() {
        return randomMask;
    }

    /** The fixed masking key (hex, 4 bytes) used when {@link #randomMaskProperty()} is off. */
    public StringProperty maskKeyProperty() {
        return maskKey;
    }

    public ObjectProperty<Integer> closeCodeProperty() {
        return closeCode;
    }

    public StringProperty closeReasonProperty() {
        return closeReason;
    }

    /** Sends what the composer describes; bad input becomes a note. */
    public void send() {
        byte[] key = null;
        if (!randomMask.get() && kind.get() != Kind.CLOSE) {
            Optional<byte[]> k = HexInput.maskingKey(maskKey.get());
            if (k.isEmpty()) {
                inputNote.set(Note.error("live.builder.error.key"));
                return;
            }
            key = k.get();
        }
        byte[] mask = key;
        String typed = payload.get() == null ? "" : payload.get();
        int fragment = Math.max(0, fragmentSize.get());
        inputNote.set(null);
        switch (kind.get()) {
            case TEXT -> session.client().sendText(typed, fragment, mask);
            case BINARY -> HexInput.parse(typed).ifPresentOrElse(b -> session.client().sendBinary(b, fragment, mask),
                    () -> inputNote.set(Note.error("live.builder.error.hex")));
            case PING -> control(typed).ifPresent(session.client()::ping);
            case PONG -> control(typed).ifPresent(session.client()::pong);
            case CLOSE -> session.client().close(closeCode.get() == null ? 1000 : closeCode.get(),
                    closeReason.get() == null ? "" : closeReason.get());
        }
    }

    private Optional<byte[]> control(String typed) {
        byte[] bytes = typed.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > CONTROL_MAX) {
            return fail("live.client.error.controlTooLong", bytes.length);
        }
        return Optional.of(bytes);
    }
}
