package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;
import wsinspector.net.EchoServerOptions;
import wsinspector.net.StepKind;
import wsinspector.ui.live.LiveStepper;
import wsinspector.ui.live.ServerConnectionRow;
import wsinspector.ui.live.StepPane;
import wsinspector.ui.live.ClientPaneModel;
import wsinspector.ui.live.LiveClient;
import wsinspector.ui.live.LiveSession;
import wsinspector.ui.I18n;
import wsinspector.ui.timeline.ArrowLabels;

/**
 * The whole window on loopback: the server pane starts the echo server, the client pane connects
 * with the course notes' key and sends "Hello", and the timeline shows the conversation the wire
 * tap recorded; selecting the echo hands it to the inspector.
 */
@Timeout(30)
class LiveWindowTest extends WindowTest {
    @Test
    void aLiveEchoAppearsInTheTimeline(FxRobot robot) throws Exception {
        talkToTheEchoServer(window);

        List<Message> messages = window.session().current().messages();
        assertEquals(Message.Kind.HANDSHAKE_REQUEST, messages.get(0).kind());
        assertEquals(Message.Kind.HANDSHAKE_RESPONSE, messages.get(1).kind());
        I18n en = window.i18n();
        assertEquals("GET /chat", ArrowLabels.label(messages.get(0), en));
        assertEquals("101 Switching Protocols", ArrowLabels.label(messages.get(1), en));
        assertEquals("Text \"Hello\" (masked)", ArrowLabels.label(messages.get(2), en));
        assertEquals("Text \"Hello\"", ArrowLabels.label(messages.get(3), en));
        assertTrue(messages.stream().allMatch(m -> m.problems().isEmpty()), "a clean conversation");

        assertEquals(messages.size() + " messages",
                robot.lookup(".message-count").queryAs(javafx.scene.control.Label.class).getText());
        robot.interact(() -> window.session().select(messages.get(3)));
        assertEquals(messages.get(3), window.inspector().messageProperty().get());
    }

    /** Starts the echo server, connects with the notes' key, sends "Hello" and waits for the echo. */
    static void talkToTheEchoServer(MainWindow window) throws Exception {
        LiveSession live = window.liveSlots().live();
        WaitForAsyncUtils.asyncFx(() -> window.liveSlots().serverPane().model().start()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().urlProperty().get() != null);
        ClientPaneModel client = window.liveSlots().clientPane().model();
        WaitForAsyncUtils.asyncFx(() -> {
            client.courseNotesExample();
            client.connect();
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> live.client().stateProperty().get() == LiveClient.ClientState.OPEN);
        WaitForAsyncUtils.asyncFx(() -> {
            client.kindProperty().set(ClientPaneModel.Kind.TEXT);
            client.payloadProperty().set("Hello");
            client.send();
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.session().current() != null && window.session().current().messages().size() >= 4);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The lecture's live step mode through the main window: Shift+F5, projector mode (F11) in Russian, a step held
     * past the window's own server's handshake timeout (300 ms here: a client connected after ours is dropped for
     * silence meanwhile), then the handshake and the echo go on as normal; each step's explanation stands in view.
     */
    @Test
    @Timeout(90)
    void shiftF5StepsAConnectionHeldPastTheServersHandshakeTimeout(FxRobot robot) throws Exception {
        LiveSession live = window.liveSlots().live();
        WaitForAsyncUtils.asyncFx(() -> {
            window.i18n().localeProperty().set(I18n.RUSSIAN);
            live.server().start(EchoServerOptions.defaults().withHandshakeTimeout(Duration.ofMillis(300)));
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.server().urlProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.modes().isOn(Activity.LIVE_STEPPER), "Shift+F5 starts the live step mode");
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.modes().projectorProperty().get(), "F11: projector mode");
        StepPane pane = window.liveSlots().stepPane();
        LiveStepper stepper = pane.stepper();
        List<String> outOfView = new ArrayList<>(explanationOutOfView(window, pane, "before the first step"));

        next(robot, stepper);   // the TCP connection
        next(robot, stepper);   // the request, built: the lecturer explains it…
        try (Socket silent = new Socket(live.server().addressProperty().get().getAddress(),
                live.server().addressProperty().get().getPort())) {
            // …until a client that connected after ours has been dropped for sending nothing
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> live.server().connections().stream()
                    .anyMatch(r -> r.status() == ServerConnectionRow.Status.REFUSED
                            && r.peer().endsWith(":" + silent.getLocalPort())));
        }
        while (stepper.canNextProperty().get()) {
            next(robot, stepper);
            outOfView.addAll(explanationOutOfView(window, pane, "step " + stepper.cursorProperty().get()));
        }
        List<LiveStepper.Step> taken = stepper.taken();
        assertTrue(taken.stream().allMatch(s -> s.result().ok()), taken.toString());
        assertEquals(Set.of(), stepper.cancelledProperty().get(), "the plan keeps its length");
        assertTrue(taken.stream().anyMatch(s -> s.accept() != null && s.accept().matches()), "the accept key checks out");
        assertTrue(taken.stream().anyMatch(s -> s.kind() == StepKind.RECEIVE_FRAME
                && java.util.Arrays.equals(new byte[] {(byte) 0x81, 5, 'H', 'e', 'l', 'l', 'o'}, s.result().bytes())),
                "the echo of Hello arrives");
        assertEquals(List.of(), outOfView, "explanations scrolled out of view at 1280×800 in projector mode");
    }

    static void next(FxRobot robot, LiveStepper stepper) throws Exception {
        int before = stepper.cursorProperty().get();
        robot.interact(() -> robot.lookup("#step-next").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stepper.cursorProperty().get() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The step's title, what happened and its lesson, where they are not wholly inside the step pane's view; and
     * whatever else the window cuts.
     */
    static List<String> explanationOutOfView(MainWindow window, StepPane pane, String where) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            window.root().applyCss();
            window.root().layout();
            ScrollPane scroll = (ScrollPane) pane.getCenter();
            Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            List<String> out = new ArrayList<>();
            // beside the stepper the timeline is narrow: its arrows' labels and the lifelines' names whole too
            LayoutProblems.in(window.root()).forEach(p -> out.add(where + ": " + p));
            for (String id : List.of("#step-title", "#step-detail", "#step-lessons")) {
                Node n = pane.lookup(id);
                if (n == null || !n.isVisible() || !n.isManaged()) {
                    continue;
                }
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMinY() < view.getMinY() - 1 || b.getMaxY() > view.getMaxY() + 1) {
                    out.add(where + " " + id + " at " + Math.round(b.getMinY()) + "–" + Math.round(b.getMaxY())
                            + " of " + Math.round(view.getMinY()) + "–" + Math.round(view.getMaxY()));
                }
            }
            return out;
        }).get();
    }
}
