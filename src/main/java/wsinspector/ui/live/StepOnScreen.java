package wsinspector.ui.live;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import wsinspector.dissect.Message;
import wsinspector.net.StepKind;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.Session;

/**
 * Keeps the timeline and the inspector on the live step shown: the message the step put on the wire (or took off
 * it) is selected in the conversation on screen. Without it the inspector followed the newest message, and the
 * server answers at once: at "the client sends its request" it showed the 101 already, at "the client sends a frame"
 * the echo. The step's message is found by its direction and its bytes, the same bytes the wire tap recorded; a
 * message the recording has not delivered yet is selected when it arrives. Steps with no bytes of their own (TCP,
 * the request built but not sent) leave the selection as it is. FX thread only.
 */
public final class StepOnScreen {
    /** The steps whose bytes cross the wire: each is one message of the conversation. */
    private static final Set<StepKind> ON_THE_WIRE =
            Set.of(StepKind.SEND_REQUEST, StepKind.RECEIVE_RESPONSE, StepKind.SEND_FRAME, StepKind.RECEIVE_FRAME);

    private final LiveStepper stepper;
    private final Session session;
    private ObservableList<Message> watched;
    private ListChangeListener<Message> watcher;

    private StepOnScreen(LiveStepper stepper, Session session) {
        this.stepper = stepper;
        this.session = session;
    }

    /** From now on, each step shown selects its message in the session's conversation on screen. */
    public static void follow(LiveStepper stepper, Session session) {
        StepOnScreen s = new StepOnScreen(stepper, session);
        stepper.currentProperty().addListener((obs, old, now) -> s.point(now));
        session.currentProperty().addListener((obs, old, now) -> s.point(stepper.currentProperty().get()));
    }

    private void point(LiveStepper.Step step) {
        stopWatching();
        LiveStepper.Step carrier = carrierOf(step);
        Conversation on = session.current();
        if (carrier == null || on == null) {
            return;
        }
        Message wanted = carrier.message();
        int nth = (int) stepper.taken().stream()
                .filter(s -> s.index() < carrier.index() && ON_THE_WIRE.contains(s.kind()) && same(s.message(), wanted))
                .count();
        if (!selectNth(on.messages(), wanted, nth)) {
            watched = on.messages();
            watcher = c -> {
                if (selectNth(watched, wanted, nth)) {
                    stopWatching();
                }
            };
            watched.addListener(watcher);
        }
    }

    /** The step whose message a step shows: itself, or for the accept check the response it checks. */
    private LiveStepper.Step carrierOf(LiveStepper.Step step) {
        if (step == null || step.message() == null) {
            return null;
        }
        if (ON_THE_WIRE.contains(step.kind())) {
            return step;
        }
        if (step.kind() == StepKind.VERIFY_ACCEPT) {
            List<LiveStepper.Step> taken = stepper.taken();
            return taken.stream().filter(s -> s.kind() == StepKind.RECEIVE_RESPONSE && s.message() != null)
                    .reduce((a, b) -> b).orElse(null);
        }
        return null;
    }

    private boolean selectNth(List<Message> messages, Message wanted, int nth) {
        int seen = 0;
        for (Message m : messages) {
            if (same(m, wanted) && seen++ == nth) {
                session.select(m);
                return true;
            }
        }
        return false;
    }

    private static boolean same(Message a, Message b) {
        return a != null && b != null && a.direction() == b.direction() && Arrays.equals(a.wire(), b.wire());
    }

    private void stopWatching() {
        if (watched != null) {
            watched.removeListener(watcher);
        }
        watched = null;
        watcher = null;
    }
}
