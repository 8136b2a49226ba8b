package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.net.StepKind;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.live.LiveStepper;
import wsinspector.ui.session.Conversation;

/**
 * Live step mode after a file, in Russian (S10, W6-7): at steps 0-2 (before the first step, TCP, the request built)
 * the conversation selector said «course-notes.xxd», the count «Сообщений: 0» and the status line «course-notes.xxd:
 * сообщений: 8 (xxd)», while the steps were about a new connection; the server held the connection's "opened" until
 * its request head (step 3). From step 0 they speak of the stepped connection.
 */
@Timeout(60)
class LiveStepSelectorTest extends WindowTest {
    @Test
    void fromTheFirstStepTheSelectorCountAndStatusLineSpeakOfTheSteppedConnection(FxRobot robot) throws Exception {
        WindowFixture.open(window, SampleDumps.COURSE_NOTES);
        WaitForAsyncUtils.asyncFx(window.i18n()::toggle).get();   // Russian
        robot.push(KeyCode.SHIFT, KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        LiveStepper stepper = window.liveSlots().stepPane().stepper();

        assertSays("Пошаговое соединение", "На экране: Пошаговое соединение. По сети ещё ничего не прошло.",
                "step 0, before TCP");

        LiveStepFixture.next(robot, stepper, StepKind.OPEN_TCP);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> window.session().current().label(window.i18n()).startsWith("Сервер №")).get());
        WaitForAsyncUtils.waitForFxEvents();
        String connection = WaitForAsyncUtils.asyncFx(() -> window.session().current().label(window.i18n())).get();
        assertSays(connection, "На экране: " + connection + ". По сети ещё ничего не прошло.", "step 1, TCP open");
        assertEquals(1, WaitForAsyncUtils.asyncFx(() -> window.session().conversations().stream()
                .filter(c -> c.origin() == Conversation.Origin.LIVE).count()).get(), "the stand-in left the selector");

        LiveStepFixture.next(robot, stepper, StepKind.BUILD_REQUEST);
        assertSays(connection, "На экране: " + connection + ". По сети ещё ничего не прошло.", "step 2, request built");

        LiveStepFixture.next(robot, stepper, StepKind.SEND_REQUEST);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> statusLine().startsWith("На экране живое соединение: ")).get());
        assertEquals(connection, WaitForAsyncUtils.asyncFx(this::selector).get(), "step 3, the same connection");
    }

    /** The selector, the count and the status line say this, and nothing of the file shown before. */
    private void assertSays(String selector, String status, String when) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            assertEquals(selector, selector(), when + ": the selector");
            assertEquals("Сообщений: 0", ((Label) window.root().lookup(".message-count")).getText(), when + ": the count");
            assertEquals(status, statusLine(), when + ": the status line");
            assertTrue(!statusLine().contains("course-notes"), when);
        }).get();
    }

    private String selector() {
        ComboBox<?> chooser = (ComboBox<?>) window.root().lookup("#conversation-chooser");
        Conversation shown = (Conversation) chooser.getValue();
        return shown == null ? "(none)" : shown.label(window.i18n());
    }

    private String statusLine() {
        return ((Label) window.root().lookup("#status-text")).getText();
    }

}
