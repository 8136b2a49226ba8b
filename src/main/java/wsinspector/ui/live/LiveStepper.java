package wsinspector.ui.live;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import wsinspector.net.ClientMode;
import wsinspector.net.ClientOptions;
import wsinspector.net.StepKind;
import wsinspector.net.StepResult;
import wsinspector.net.SteppedClient;
import wsinspector.protocol.AcceptComputation;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.HttpHeadParser;
import wsinspector.protocol.SecWebSocketAccept;

/**
 * The live step mode, without controls: walks a {@link SteppedClient} through a connection one step at a time
 * (open TCP, build the request, send it, receive the response, verify the accept key, send a frame, receive the
 * echo, close), keeping every step taken. {@link #back()} shows earlier steps again (the network cannot go back);
 * {@link #next()} replays them forward, then takes a new step on the network, off the FX thread.
 */
public final class LiveStepper {

    /** The accept-key check of RFC 6455 §4.1 as the client makes it: what it computed and what the server sent. */
    public record AcceptCheck(AcceptComputation computation, String received) {
        public boolean matches() {
            return computation.accept().equals(received);
        }
    }

    /**
     * One step taken.
     *
     * @param index  its place in the plan, from 0
     * @param accept for the VERIFY_ACCEPT step of an RFC 6455 connection, the computation; otherwise null
     */
    public record Step(int index, StepResult result, AcceptCheck accept) {
        public StepKind kind() {
            return result.kind();
        }
    }

    private final LiveSession session;
    private final Executor fx;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("Hello");
    private final BooleanProperty courseNotes = new SimpleBooleanProperty(true);

    private final ObservableList<Step> taken = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<StepKind>> plan = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Step> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Note> note = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canNext;
    private final BooleanBinding canBack;
    private SteppedClient client;

    public LiveStepper(LiveSession session) {
        this(session, Platform::runLater);
    }

    LiveStepper(LiveSession session, Executor fx) {
        this.session = session;
        this.fx = fx;
        ServerUrls.follow(session, url, "chat");
        cursor.addListener((obs, old, now) -> current.set(now.intValue() < 0 ? null : taken.get(now.intValue())));
        canNext = Bindings.createBooleanBinding(() -> !busy.get() && (!finished.get() || cursor.get() < taken.size() - 1),
                busy, finished, cursor, taken);
        canBack = Bindings.createBooleanBinding(() -> !busy.get() && cursor.get() > 0, busy, cursor);
    }

    /** Where the step-mode client connects; the local echo server's /chat once it runs. */
    public StringProperty urlProperty() {
        return url;
    }

    /** The text message sent after the handshake (and echoed back). */
    public StringProperty messageProperty() {
        return message;
    }

    /** Whether the request carries the course notes' key and Origin, so the notes' accept value appears. */
    public BooleanProperty courseNotesProperty() {
        return courseNotes;
    }

    /** The steps taken so far, in order. FX thread only. */
    public ObservableList<Step> taken() {
        return FXCollections.unmodifiableObservableList(taken);
    }

    /** Every step of the connection, taken and to come (empty before the first step). */
    public ReadOnlyObjectProperty<List<StepKind>> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The index of the step shown, -1 before the first. */
    public ReadOnlyIntegerProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    /** The step shown, null before the first. */
    public ReadOnlyObjectProperty<Step> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Whether a step is being taken on the network. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the connection's plan is done (or failed): only back and restart remain. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** What went wrong with the last step, or null. */
    public ReadOnlyObjectProperty<Note> noteProperty() {
        return note.getReadOnlyProperty();
    }

    public BooleanBinding canNextProperty() {
        return canNext;
    }

    public BooleanBinding canBackProperty() {
        return canBack;
    }

    /** Shows the next step: one already taken (after going back), or a new one taken on the network. */
    public void next() {
        if (busy.get()) {
            return;
        }
        if (cursor.get() < taken.size() - 1) {
            cursor.set(cursor.get() + 1);
            return;
        }
        if (finished.get()) {
            return;
        }
        if (client == null && !begin()) {
            return;
        }
        SteppedClient c = client;
        busy.set(true);
        note.set(null);
        session.onStepThread(() -> {
            StepResult r = c.next();
            return new Taken(r, c.plan(), c.hasNext());
        }).whenComplete((t, failure) -> fx.execute(() -> {
            busy.set(false);
            if (c != client) {
                return; // restarted meanwhile
            }
            if (failure != null) {
                note.set(Errors.note(failure));
                finished.set(true);
                return;
            }
            plan.set(t.plan);
            taken.add(new Step(taken.size(), t.result, acceptCheck(t.result)));
            cursor.set(taken.size() - 1);
            finished.set(!t.more);
            if (!t.result.ok()) {
                note.set(Note.error("live.step.failed", t.result.detail()));
            }
        }));
    }

    /** Shows the step before (the network stays where it is). */
    public void back() {
        if (!busy.get() && cursor.get() > 0) {
            cursor.set(cursor.get() - 1);
        }
    }

    /** Forgets the steps and closes the connection; the next {@link #next()} starts a new one. */
    public void restart() {
        if (client != null) {
            session.closeStepper(client);
            client = null;
        }
        taken.clear();
        cursor.set(-1);
        current.set(null);
        plan.set(List.of());
        finished.set(false);
        busy.set(false);
        note.set(null);
    }

    private record Taken(StepResult result, List<StepKind> plan, boolean more) {
    }

    /** Makes the client and its plan: the handshake, one text message and its echo, the closing handshake. */
    private boolean begin() {
        Optional<ClientOptions> options = options();
        if (options.isEmpty()) {
            return false;
        }
        client = session.openStepper(options.get());
        client.queueText(message.get() == null ? "" : message.get());
        client.queueClose(1000, "");
        plan.set(client.plan());
        return true;
    }

    Optional<ClientOptions> options() {
        String typed = url.get() == null ? "" : url.get().trim();
        URI uri;
        try {
            uri = new URI(typed);
        } catch (URISyntaxException e) {
            note.set(Note.error("live.client.error.url", typed, e.getReason()));
            return Optional.empty();
        }
        if (typed.isEmpty()) {
            note.set(Note.error("live.client.error.noUrl"));
            return Optional.empty();
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)wss?") || uri.getHost() == null) {
            note.set(Note.error("live.client.error.scheme", typed));
            return Optional.empty();
        }
        boolean notes = courseNotes.get();
        return Optional.of(new ClientOptions(uri, ClientMode.RFC6455, List.of(), false, List.of(),
                notes ? ClientPaneModel.COURSE_NOTES_KEY : null, notes ? ClientPaneModel.COURSE_NOTES_ORIGIN : null,
                false, Duration.ofSeconds(5)));
    }

    /** For the accept step: the key from the request taken earlier, the header from the response. */
    private AcceptCheck acceptCheck(StepResult r) {
        if (r.kind() != StepKind.VERIFY_ACCEPT) {
            return null;
        }
        Optional<String> key = headerOf(StepKind.BUILD_REQUEST, "Sec-WebSocket-Key");
        if (key.isEmpty()) {
            return null;
        }
        String received = headerOf(StepKind.RECEIVE_RESPONSE, "Sec-WebSocket-Accept").orElse("");
        return new AcceptCheck(SecWebSocketAccept.compute(key.get()), received);
    }

    private Optional<String> headerOf(StepKind kind, String name) {
        return taken.stream().filter(s -> s.kind() == kind).findFirst().flatMap(s -> head(s.result().bytes()))
                .flatMap(h -> h.first(name)).map(String::trim);
    }

    static Optional<HttpHead> head(byte[] bytes) {
        return HttpHeadParser.parse(bytes, 0, bytes.length) instanceof HttpHeadParser.ParseResult.Complete c
                ? Optional.of(c.head()) : Optional.empty();
    }
}
