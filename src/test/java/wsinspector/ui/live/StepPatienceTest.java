package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import wsinspector.protocol.Phrase;
import wsinspector.net.ConnectionListener;
import wsinspector.net.EchoServer;
import wsinspector.net.EchoServerOptions;
import wsinspector.net.StepKind;
import wsinspector.net.StepOutcome;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveServer.ServerState;

/**
 * A lecturer stays on a step longer than a server waits for a request: the window's own echo server waits for its
 * own step-mode client, and an outside server that does not wait shows as a step of the lesson, in the window's
 * language, the plan keeping its length. The servers' handshake timeout is short here, so holding a step past it
 * costs a fraction of a second: the test waits for a silent client connected after ours to be refused.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StepPatienceTest {
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofMillis(300);

    private final I18n i18n = new I18n(I18n.ENGLISH);
    private LiveSession session;
    private StepPane pane;
    private EchoServer outside;

    @Start
    void start(Stage stage) {
        Theme.apply();
        session = new LiveSession();
        pane = new StepPane(i18n, session);
        stage.setScene(new Scene(pane, 900, 790));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void closeAll() {
        session.close();
        if (outside != null) {
            outside.close();
        }
    }

    private LiveStepper stepper() {
        return pane.stepper();
    }

    private void next(FxRobot robot) throws Exception {
        StepButtons.next(robot, stepper());
    }

    /** A client that connects after the step-mode client and never sends a request. */
    private static Socket silentClient(InetSocketAddress server) throws Exception {
        return new Socket(server.getAddress(), server.getPort());
    }

    @Test
    void theWindowsOwnServerWaitsForAStepHeldPastItsHandshakeTimeout(FxRobot robot) throws Exception {
        session.server().start(EchoServerOptions.defaults().withHandshakeTimeout(HANDSHAKE_TIMEOUT));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.server().stateProperty().get() == ServerState.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
        next(robot); // OPEN_TCP
        next(robot); // BUILD_REQUEST: the lecturer explains the request…
        try (Socket silent = silentClient(session.server().addressProperty().get())) {
            // …until a client that connected after ours has been dropped for sending nothing
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.server().connections().stream()
                    .anyMatch(r -> r.status() == ServerConnectionRow.Status.REFUSED
                            && r.peer().endsWith(":" + silent.getLocalPort())));
        }
        for (int i = 2; i < 10; i++) {
            next(robot);
        }
        assertTrue(stepper().taken().stream().allMatch(s -> s.result().ok()), stepper().taken().toString());
        assertEquals(Set.of(), stepper().cancelledProperty().get());
        LiveStepper.Step echo = stepper().taken().get(6);
        assertEquals(StepKind.RECEIVE_FRAME, echo.kind());
        assertEquals("81 05 48 65 6c 6c 6f", StepTexts.bytes(echo)); // the echo of "Hello"
        assertTrue(stepper().taken().get(4).accept().matches());
        assertEquals(1, session.server().connections().stream()
                .filter(r -> r.status() == ServerConnectionRow.Status.REFUSED).count(), "only the silent client is refused");
        // numbered 1 and 2 without gaps, though the step-mode client records into the same tap
        assertEquals(java.util.List.of(1L, 2L),
                session.server().connections().stream().map(ServerConnectionRow::id).sorted().toList());
    }

    @Test
    void anOutsideServerThatDoesNotWaitIsALessonStepInRussianAndThePlanKeepsItsLength(FxRobot robot) throws Exception {
        CountDownLatch silentRefused = new CountDownLatch(1);
        int[] silentPort = {-1};
        outside = new EchoServer(EchoServerOptions.defaults().withHandshakeTimeout(HANDSHAKE_TIMEOUT), null);
        outside.addConnectionListener(new ConnectionListener() {
            @Override
            public void refused(String peer, int status, Phrase reason) {
                if (peer.endsWith(":" + silentPort[0])) {
                    silentRefused.countDown();
                }
            }
        });
        InetSocketAddress at = outside.start();
        robot.interact(() -> {
            i18n.toggle(); // Russian
            stepper().urlProperty().set("ws://127.0.0.1:" + at.getPort() + "/chat");
        });
        next(robot); // OPEN_TCP
        next(robot); // BUILD_REQUEST
        int planLength = stepper().planProperty().get().size();
        try (Socket silent = silentClient(at)) {
            silentPort[0] = silent.getLocalPort();
            assertTrue(silentRefused.await(10, TimeUnit.SECONDS), "the outside server did not drop a silent client");
        }
        next(robot); // SEND_REQUEST: the server has closed our connection too
        LiveStepper.Step send = stepper().currentProperty().get();
        assertEquals(StepKind.SEND_REQUEST, send.kind());
        assertEquals(StepOutcome.SERVER_CLOSED_BEFORE_REQUEST, send.result().outcome());
        String detail = robot.lookup("#step-detail").queryAs(wsinspector.ui.step.Prose.class).drawn();
        assertTrue(detail.startsWith("Сервер уже закрыл соединение: прошло "), detail);
        assertTrue(detail.contains("медленных клиентов"), detail);
        assertEquals(i18n.t("live.step.bytes.none"), StepTexts.bytesTitle(i18n, send));
        assertEquals(planLength, stepper().planProperty().get().size());
        assertEquals(Set.of(3, 4, 5, 6, 7, 8), stepper().cancelledProperty().get());
        assertEquals("Шаг 3 из " + planLength, robot.lookup("#step-counter").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#step-error").queryAs(Label.class).getText().startsWith("Шаги плана, которых уже не будет: 6."));
        robot.interact(() -> Shots.saveContent(pane, "step-server-closed-ru"));

        next(robot); // the only step left: close TCP
        assertEquals(StepKind.CLOSE_TCP, stepper().currentProperty().get().kind());
        assertEquals("Шаг " + planLength + " из " + planLength, robot.lookup("#step-counter").queryAs(Label.class).getText());
        assertTrue(stepper().finishedProperty().get());
    }
}
