package wsinspector.ui.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import wsinspector.dissect.Message;
import wsinspector.net.StepKind;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.Session;
import wsinspector.ui.timeline.TimelineView;

/**
 * Keeps the timeline and the inspector on the live step shown. While the step pane is on screen the timeline shows
 * only the messages of the steps reached, and the step's own message is selected. The echo server answers at once,
 * so the whole recording showed the 101 at "the client sends its request" and the echo at "the client sends a
 * frame" (the lecturer could not ask what the server will answer with the answer on screen), and before the first
 * step the previous connection. The step's message is found by its direction and its bytes, the same bytes the wire
 * tap recorded; a message the recording has not delivered yet is shown when it arrives. Steps with no bytes of their
 * own (TCP, the request built but not sent) add none; the accept check shows the response it checks. When the pane
 * leaves the screen the timeline shows the whole conversation again. FX thread only.
 */
public final class StepOnScreen {
    /** The steps whose bytes cross the wire: each is one message of the conversation. */
    private static final Set<StepKind> ON_THE_WIRE =
            Set.of(StepKind.SEND_REQUEST, StepKind.RECEIVE_RESPONSE, StepKind.SEND_FRAME, StepKind.RECEIVE_FRAME);

    private final StepPane pane;
    private final LiveStepper stepper;
    private final Session session;
    /** The messages of the steps reached, in their order: what the timeline shows while the pane is on screen. */
    private final ObservableList<Message> reached = FXCollections.observableArrayList();
    private final ListChangeListener<Message> arrived = c -> refresh();
    private ObservableList<Message> watched;
    /** The window's timeline, once found. */
    private TimelineView found;
    /** The timeline while the pane is on screen, null while it is not. */
    private TimelineView timeline;
    /**
     * The stepped connection before its first step, on screen in the selector («Пошаговое соединение», no
     * messages) until the server records the real one; null otherwise. Without it the selector, the
     * count and the status line kept naming the file shown before, the steps being about a new connection.
     */
    private Conversation waiting;
    /** What was on screen before {@link #waiting}, back on screen when the pane leaves before the first step. */
    private Conversation before;

    private StepOnScreen(StepPane pane, Session session) {
        this.pane = pane;
        this.stepper = pane.stepper();
        this.session = session;
    }

    /** From now on, while {@code pane} is on screen, the timeline follows its steps as said above. */
    public static void follow(StepPane pane, Session session) {
        StepOnScreen s = new StepOnScreen(pane, session);
        pane.stepper().currentProperty().addListener((obs, old, now) -> s.refresh());
        pane.stepper().cursorProperty().addListener((obs, old, now) -> s.awaitConnection());
        // after the window's own listener, which shows the new conversation whole: the steps reached instead
        session.currentProperty().addListener((obs, old, now) -> {
            s.arrived(now);
            s.watch();
        });
        pane.sceneProperty().addListener((obs, old, now) -> s.onScreen(now));
        s.watch();
        s.onScreen(pane.getScene());
    }

    /**
     * The pane came on screen or left it. The window's band puts its parts back one by one (the pane may come back
     * before the timeline does): the timeline, once found, is kept, and looked for again after the band is whole.
     */
    private void onScreen(Scene scene) {
        if (scene != null) {
            if (found == null && scene.lookup(".timeline") instanceof TimelineView t) {
                found = t;
            }
            if (found == null) {
                Platform.runLater(() -> {
                    if (pane.getScene() != null && found == null && pane.getScene().lookup(".timeline") instanceof TimelineView t) {
                        found = t;
                        onScreen(pane.getScene());
                    }
                });
                return;
            }
            timeline = found;
            if (stepper.cursorProperty().get() < 0) {
                session.select(null);   // nothing of an earlier connection in the inspector before the first step
            }
            awaitConnection();
            refresh();
        } else {
            // the stand-in goes once the pane has stayed off screen, not while the band puts its parts back: F11 before
            // the first step over an open capture moved the pane out and in, each move gave the screen to the capture
            // then to the stand-in again, the band was laid out again for the other count, and the FX thread
            // overflowed its stack (the window left half laid out: the capture's request beside the steps)
            Platform.runLater(() -> {
                if (pane.getScene() == null) {
                    leaveWaiting();
                }
            });
            if (timeline != null) {
                // let go first: the whole conversation back on the timeline lays the band out again, which may put
                // the pane back on screen at once (F11 on or off moves it), and that call takes the timeline again
                TimelineView left = timeline;
                timeline = null;
                Conversation c = session.current();
                left.setMessages(c == null ? null : c.messages());
            }
            if (pane.getScene() != null && timeline == null) {
                onScreen(pane.getScene());   // back on screen while it left: the steps reached again, not the whole
            }
        }
    }

    /** Before the first step, with the pane on screen: the connection to be stepped is what the selector shows. */
    private void awaitConnection() {
        if (waiting != null || timeline == null || stepper.cursorProperty().get() >= 0) {
            return;
        }
        Conversation shown = session.current();
        String url = stepper.urlProperty().get();
        Conversation next = new Conversation(url == null || url.isBlank() ? "ws" : url, Conversation.Origin.LIVE,
                "live.step.conversation");
        before = shown;
        waiting = next;
        session.add(next);
    }

    /** Another conversation came on screen (the stepped connection, recorded): the stand-in leaves the selector. */
    private void arrived(Conversation now) {
        if (waiting != null && now != waiting) {
            Conversation gone = waiting;
            waiting = null;
            before = null;
            session.conversations().remove(gone);
        }
    }

    /** The pane left before the first step: what was on screen before comes back. */
    private void leaveWaiting() {
        if (waiting == null) {
            return;
        }
        Conversation gone = waiting;
        Conversation back = before;
        waiting = null;
        before = null;
        if (session.current() == gone) {
            session.currentProperty().set(back != null && session.conversations().contains(back) ? back : null);
        }
        session.conversations().remove(gone);
    }

    /** Follows the conversation on screen as its messages arrive. */
    private void watch() {
        if (watched != null) {
            watched.removeListener(arrived);
        }
        Conversation c = session.current();
        watched = c == null ? null : c.messages();
        if (watched != null) {
            watched.addListener(arrived);
        }
        refresh();
    }

    /** The steps reached and their messages on the timeline; the step shown's message selected. */
    private void refresh() {
        if (timeline == null) {
            return;
        }
        List<Message> now = new ArrayList<>();
        Message shown = null;
        List<LiveStepper.Step> taken = stepper.taken();
        int cursor = stepper.cursorProperty().get();
        for (int i = 0; i <= cursor && i < taken.size(); i++) {
            LiveStepper.Step s = taken.get(i);
            Message m = ON_THE_WIRE.contains(s.kind()) ? recorded(taken, i) : null;
            if (m != null) {
                now.add(m);
            }
            if (i == cursor) {
                shown = s.kind() == StepKind.VERIFY_ACCEPT ? lastResponse(now) : m;
            }
        }
        if (!now.equals(reached)) {
            reached.setAll(now);
        }
        if (timeline.messages() != reached) {
            timeline.setMessages(reached);
        }
        if (shown != null && session.selected() != shown) {
            session.select(shown);
        }
    }

    /** The recorded message of step {@code i}: the one with its bytes, after as many alike as earlier steps had. */
    private Message recorded(List<LiveStepper.Step> taken, int i) {
        Message wanted = taken.get(i).message();
        if (wanted == null || watched == null) {
            return null;
        }
        int nth = 0;
        for (int j = 0; j < i; j++) {
            if (ON_THE_WIRE.contains(taken.get(j).kind()) && same(taken.get(j).message(), wanted)) {
                nth++;
            }
        }
        int seen = 0;
        for (Message m : watched) {
            if (same(m, wanted) && seen++ == nth) {
                return m;
            }
        }
        return null;
    }

    private static Message lastResponse(List<Message> reached) {
        for (int i = reached.size() - 1; i >= 0; i--) {
            if (reached.get(i).kind() == Message.Kind.HANDSHAKE_RESPONSE) {
                return reached.get(i);
            }
        }
        return null;
    }

    private static boolean same(Message a, Message b) {
        return a != null && b != null && a.direction() == b.direction() && Arrays.equals(a.wire(), b.wire());
    }
}
