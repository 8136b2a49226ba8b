package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.I18n;
import wsinspector.ui.session.Conversation;

/**
 * The status line names the live connection on screen while it is open and says it has closed once it has, in both
 * languages: it kept "A live connection is on screen" after the close before (FINDINGS.md O11).
 */
@Timeout(30)
class LiveStatusLineTest extends WindowTest {
    @Test
    void theLineSaysTheLiveConnectionClosed(FxRobot robot) throws Exception {
        LiveWindowTest.talkToTheEchoServer(window);
        Conversation live = window.session().current();
        Label line = robot.lookup("#status-text").queryAs(Label.class);
        assertEquals("A live connection is on screen: " + live.title(), line.getText());

        WaitForAsyncUtils.asyncFx(() -> window.liveSlots().clientModel().disconnect()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !live.openProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The live connection on screen has closed: " + live.title(), line.getText());
        WaitForAsyncUtils.asyncFx(() -> window.i18n().localeProperty().set(I18n.RUSSIAN)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Живое соединение на экране закрыто: " + live.title(), line.getText());
    }
}
