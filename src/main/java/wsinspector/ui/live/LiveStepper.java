package wsinspector.ui.live;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.Message;
import wsinspector.net.ClientMode;
import wsinspector.net.ClientOptions;
import wsinspector.net.StepKind;
import wsinspector.net.StepResult;
import wsinspector.net.SteppedClient;
import wsinspector.protocol.AcceptComputation;

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

        /** The check of a response as the dissector made it; null when it could not be made (no request key). */
        static AcceptCheck of(Message response) {
            if (!(response instanceof HandshakeMessage h) || h.accept() == null || h.head() == null) {
                return null;
            }
            return new AcceptCheck(h.accept(), h.head().first("Sec-WebSocket-Accept").map(String::trim).orElse(""));
        }
    }

    /**
     * One step taken.
     *
     * @param index   its place in the plan, from 0
     * @param message the dissector's message of the step's bytes (for the accept check, the response); null if none
     */
    public record Step(int index, StepResult result, Message message) {
        public StepKind kind() {
            return result.kind();
        }

        /** For the VERIFY_ACCEPT step of an RFC 6455 connection, the computation; otherwise null. */
        public AcceptCheck accept() {
            return result.kind() == StepKind.VERIFY_ACCEPT ? AcceptCheck.of(message) : null;
        }
    }

    private final LiveSession session;
    private final Executor fx;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("Hello");
    private final BooleanProperty courseNotes = new SimpleBooleanProperty(true);

    private final ObservableList<Step> taken = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<StepKind>> plan = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Set<Integer>> cancelled = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Step> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Note> note = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canNext;
    private final BooleanBinding canBack;
    private final BooleanBinding endAhead;
    private SteppedClient client;
    private final java.util.function.BooleanSupplier namesTheWindowsServer;
    private StepDissection dissection;

    public LiveStepper(LiveSession session) {
        this(session, Platform::runLater);
    }

    LiveStepper(LiveSession session, Executor fx) {
        this.session = session;
        this.fx = fx;
        this.namesTheWindowsServer = ServerUrls.follow(session, url, "chat");
        cursor.addListener((obs, old, now) -> current.set(now.intValue() < 0 ? null : taken.get(now.intValue())));
        canNext = Bindings.createBooleanBinding(() -> !busy.get() && (!finished.get() || cursor.get() < taken.size() - 1),
                busy, finished, cursor, taken);
        canBack = Bindings.createBooleanBinding(() -> !busy.get() && cursor.get() > 0, busy, cursor);
        endAhead = Bindings.createBooleanBinding(this::endIsAhead, plan, cursor, taken, finished);
    }

    /** See {@link #endAheadProperty()}. */
    private boolean endIsAhead() {
        if (plan.get().isEmpty() || (finished.get() && cursor.get() == taken.size() - 1)) {
            return false;
        }
        for (int i = 0; i <= cursor.get() && i < taken.size(); i++) {
            if (taken.get(i).kind() == StepKind.CLOSE_TCP) {
                return false;
            }
        }
        return true;
    }

    /** Where the step-mode client connects; the local echo server's /chat once it runs. */
    public StringProperty urlProperty() {
        return url;
    }

    /**
     * Whether the URL is the window's own echo server's (empty before it first ran), not another server's a person
     * typed: stepping then needs that server running.
     */
    public boolean namesTheWindowsServer() {
        return namesTheWindowsServer.getAsBoolean();
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

    /** The indexes in the plan of the steps a failed step made impossible: shown crossed out, never taken. */
    public ReadOnlyObjectProperty<Set<Integer>> cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    /** The index in {@link #taken()} of the step shown, -1 before the first. */
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

    /**
     * Whether the connection's end is still ahead of the step shown: a plan is being stepped and the step on screen
     * comes before its TCP close, and before the last step of a plan that ended early. The echo server closes its side
     * as soon as it has answered the client's close frame, steps before the class sees that answer: what is said of
     * the connection (the status line) follows the step shown, not the network (W8-8).
     */
    public BooleanBinding endAheadProperty() {
        return endAhead;
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
        StepDissection d = dissection;
        busy.set(true);
        note.set(null);
        session.onStepThread(() -> {
            StepResult r = c.next();
            if (r.kind() == StepKind.OPEN_TCP) {
                session.stepperConnected(c);
            }
            return new Taken(r, c.position() - 1, d.of(r), c.plan(), c.cancelled(), c.hasNext());
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
            int newlyCancelled = t.cancelled.size() - cancelled.get().size();
            cancelled.set(t.cancelled);
            taken.add(new Step(t.index, t.result, t.message));
            cursor.set(taken.size() - 1);
            finished.set(!t.more);
            if (newlyCancelled > 0) {
                note.set(Note.info("live.step.cancelled", newlyCancelled));
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
        cancelled.set(Set.of());
        finished.set(false);
        busy.set(false);
        note.set(null);
    }

    private record Taken(StepResult result, int index, Message message, List<StepKind> plan, Set<Integer> cancelled,
                         boolean more) {
    }

    /** Makes the client and its plan: the handshake, one text message and its echo, the closing handshake. */
    private boolean begin() {
        Optional<ClientOptions> options = options();
        if (options.isEmpty()) {
            return false;
        }
        client = session.openStepper(options.get());
        dissection = new StepDissection();
        client.queueText(message.get() == null ? "" : message.get());
        client.queueClose(1000, "");
        plan.set(client.plan());
        return true;
    }

    Optional<ClientOptions> options() {
        WsUrl checked = WsUrl.check(url.get());
        if (checked.problem() != null) {
            note.set(checked.problem());
            return Optional.empty();
        }
        boolean notes = courseNotes.get();
        return Optional.of(new ClientOptions(checked.uri(), ClientMode.RFC6455, List.of(), false, List.of(),
                notes ? ClientPaneModel.COURSE_NOTES_KEY : null, notes ? ClientPaneModel.COURSE_NOTES_ORIGIN : null,
                false, Duration.ofSeconds(5)));
    }
}
