package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import wsinspector.net.EchoServerOptions;
import wsinspector.net.StepKind;
import wsinspector.ui.I18n;
import wsinspector.ui.live.LiveServer.ServerState;

/** The live step mode against the echo server on loopback. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class StepPaneTest {
    private final I18n i18n = new I18n(I18n.ENGLISH);
    private final Recorder recorder = new Recorder();
    private LiveSession session;
    private StepPane pane;

    @Start
    void start(Stage stage) {
        Theme.apply();
        session = new LiveSession();
        session.addTapListener(recorder);
        pane = new StepPane(i18n, session);
        stage.setScene(new Scene(pane, 900, 790));
        stage.sizeToScene(); // the primary stage is shared by all test classes
        stage.show();
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    private LiveStepper stepper() {
        return pane.stepper();
    }

    private void next(FxRobot robot) throws Exception {
        StepButtons.next(robot, stepper());
    }

    private void startServer() throws Exception {
        session.server().start(EchoServerOptions.defaults());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> session.server().stateProperty().get() == ServerState.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void nextThroughTheHandshakeShowsTheAcceptComputation(FxRobot robot) throws Exception {
        startServer();
        for (int i = 0; i < 5; i++) {
            next(robot);
        }
        assertEquals(StepKind.VERIFY_ACCEPT, stepper().currentProperty().get().kind());
        LiveStepper.AcceptCheck check = stepper().currentProperty().get().accept();
        assertEquals("Iv8io/9s+lYFgZWcXczP8Q==", check.computation().key()); // the course notes' key
        assertEquals("hsBlbuDTkk24srzEOTBUlZAlC2g=", check.computation().accept());
        assertTrue(check.matches());
        Label verdict = robot.lookup("#step-accept-verdict").queryAs(Label.class);
        assertTrue(verdict.getText().startsWith("Equal"), verdict.getText());
        assertEquals("Step 5 of 10", robot.lookup("#step-counter").queryAs(Label.class).getText());
        robot.interact(() -> Shots.saveContent(pane, "step-accept-en"));
        robot.interact(i18n::toggle);
        assertEquals("Шаг 5 из 10", robot.lookup("#step-counter").queryAs(Label.class).getText());
        robot.interact(() -> Shots.saveContent(pane, "step-accept-ru"));
    }

    @Test
    void backShowsEarlierStepsWithoutTouchingTheNetwork(FxRobot robot) throws Exception {
        startServer();
        for (int i = 0; i < 4; i++) {
            next(robot);
        }
        String received = recorder.s2cText();
        robot.interact(() -> robot.lookup("#step-back").queryButton().fire());
        assertEquals(StepKind.SEND_REQUEST, stepper().currentProperty().get().kind());
        Label bytes = robot.lookup("#step-bytes").queryAs(Label.class);
        assertTrue(bytes.getText().startsWith("GET /chat HTTP/1.1↵"), bytes.getText());
        next(robot); // forward again: the answer already received, shown again
        assertEquals(StepKind.RECEIVE_RESPONSE, stepper().currentProperty().get().kind());
        assertEquals(4, stepper().taken().size());
        assertEquals(received, recorder.s2cText());
    }

    @Test
    void theWholeConnectionEchoesTheMessageAndCloses(FxRobot robot) throws Exception {
        startServer();
        for (int i = 0; i < 10; i++) {
            next(robot);
        }
        LiveStepper.Step echo = stepper().taken().get(6);
        assertEquals(StepKind.RECEIVE_FRAME, echo.kind());
        assertEquals("81 05 48 65 6c 6c 6f", StepTexts.bytes(echo)); // Text "Hello" from the server, unmasked
        assertEquals(StepKind.CLOSE_TCP, stepper().currentProperty().get().kind());
        assertTrue(stepper().finishedProperty().get());
        assertTrue(robot.lookup("#step-next").queryButton().isDisabled());
        robot.interact(() -> {
            stepper().back();
            stepper().back();
            stepper().back(); // back at the echo
            Shots.saveContent(pane, "step-echo-en");
        });
        assertEquals(6, stepper().cursorProperty().get());
    }

    @Test
    void theArrowKeysStepForwardAndBack(FxRobot robot) throws Exception {
        startServer();
        robot.interact(() -> robot.lookup("#step-next").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stepper().cursorProperty().get() == 0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stepper().canNextProperty().get());
        robot.type(javafx.scene.input.KeyCode.PAGE_DOWN); // a presenter's clicker
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stepper().cursorProperty().get() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(javafx.scene.input.KeyCode.LEFT);
        assertEquals(0, stepper().cursorProperty().get());
    }

    @Test
    void aStepThatCannotConnectSaysWhy(FxRobot robot) throws Exception {
        robot.interact(() -> stepper().urlProperty().set("ws://127.0.0.1:1/"));
        robot.interact(() -> robot.lookup("#step-next").queryButton().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stepper().noteProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#step-error").queryAs(Label.class);
        assertTrue(error.getText().startsWith("Connection refused"), error.getText());
    }
}
