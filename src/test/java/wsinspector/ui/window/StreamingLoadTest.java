package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Message;

/**
 * Opening a big input: the first messages are on screen, selected, while the rest is still being read; the
 * status bar counts them with a percentage and offers Cancel; Cancel and Esc stop the reading and keep what
 * was read; damage past the first messages keeps them and says why in one line. The source waits at a gate
 * the test opens, so nothing here depends on how fast the machine is.
 */
@Timeout(60)
class StreamingLoadTest extends WindowTest {
    @Test
    void theFirstMessagesAreShownWhileTheRestIsRead(FxRobot robot) throws Exception {
        GatedSource source = new GatedSource(5000, 100, null);
        Task<?> load = open(source);

        assertTrue(fx(load::isRunning), "the load is still reading");
        assertEquals(100, window.timeline().messages().size());
        Message first = window.timeline().messages().get(0);
        assertSame(first, window.session().selected(), "the first message is selected as soon as it is read");
        assertEquals("gated.pcap, stream 0: 10.0.0.1:50000 \u2192 10.0.0.2:8080", window.session().current().title());
        assertEquals("Reading gated.pcap: 100 messages so far (2 %). Esc or Cancel stops and keeps them.", statusText(robot));
        assertTrue(robot.lookup("#load-cancel").queryAs(Button.class).isVisible());
        assertEquals(100.0 / source.total(), robot.lookup(".progress-bar").queryAs(ProgressBar.class).getProgress(), 1e-9);

        source.open();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, load::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Worker.State.SUCCEEDED, fx(load::getState));
        assertEquals(source.total(), window.timeline().messages().size());
        assertSame(first, window.session().selected(), "the selection stays where it was");
        assertEquals("gated.pcap: 5,001 messages (pcap)", statusText(robot));
        assertFalse(robot.lookup("#load-cancel").queryAs(Button.class).isVisible());
    }

    /**
     * The status line is as tall while a load shows its progress and Cancel as before and after: a taller line made the
     * whole window be laid out and drawn again when a load began and when it ended (on a big capture's first screen).
     */
    @Test
    void theStatusLineKeepsItsHeightWhileReading() throws Exception {
        javafx.scene.layout.Region bar = (javafx.scene.layout.Region) window.root().getBottom();
        WaitForAsyncUtils.waitForFxEvents();
        double before = fx(bar::getHeight);
        assertTrue(before > 0);
        GatedSource source = new GatedSource(5000, 100, null);
        Task<?> load = open(source);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> window.root().lookup("#load-cancel").isVisible()), "Cancel is shown while reading");
        assertEquals(before, fx(bar::getHeight), 0.5, "the line's height while reading");
        source.open();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, load::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, fx(bar::getHeight), 0.5, "the line's height after reading");
    }

    @Test
    void escStopsTheReadingAndKeepsWhatWasRead(FxRobot robot) throws Exception {
        GatedSource source = new GatedSource(5000, 100, null);
        Task<?> load = open(source);

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, load::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Worker.State.CANCELLED, fx(load::getState));
        assertEquals("Stopped reading gated.pcap: the 100 messages read so far are shown.", statusText(robot));
        assertEquals(100, window.timeline().messages().size());
        assertUsable(robot);
    }

    @Test
    void theCancelButtonStopsTheReading(FxRobot robot) throws Exception {
        GatedSource source = new GatedSource(5000, 100, null);
        Task<?> load = open(source);

        robot.clickOn("#load-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, load::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Worker.State.CANCELLED, fx(load::getState));
        assertEquals(100, window.timeline().messages().size());
        assertFalse(robot.lookup("#load-cancel").queryAs(Button.class).isVisible());
        assertUsable(robot);
    }

    @Test
    void damageAfterTheFirstMessagesKeepsThemAndSaysWhyInOneLine(FxRobot robot) throws Exception {
        GatedSource source = new GatedSource(5000, 100, wsinspector.protocol.Phrase.of("unreadable.io",
                "gated.pcap", "the packet at byte 4,096 is cut"));
        Task<?> load = open(source);

        source.open();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, load::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Worker.State.FAILED, fx(load::getState));
        assertEquals("gated.pcap: the 100 messages before this are shown. cannot read gated.pcap: the packet at byte"
                + " 4,096 is cut.", statusText(robot));
        assertNull(window.lastDialog(), "no dialog hides what was read");
        assertEquals(100, window.timeline().messages().size());
    }

    /** Opens the source and waits until it has handed over what comes before its gate. */
    private Task<?> open(GatedSource source) throws Exception {
        Task<?> load = WaitForAsyncUtils.asyncFx(() -> window.open(source)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, source::atGate);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.timeline().messages().size() == 100
                && window.session().selected() != null && statusText().startsWith("Reading gated.pcap: 100"));
        return load;
    }

    /** After a stop, the window still works: another message can be picked and is inspected. */
    private void assertUsable(FxRobot robot) throws Exception {
        Message later = window.timeline().messages().get(50);
        WaitForAsyncUtils.asyncFx(() -> window.session().select(later)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(later, window.timeline().list().getSelectionModel().getSelectedItem());
        robot.type(KeyCode.DOWN);
        assertSame(window.timeline().messages().get(51), window.session().selected());
    }

    private static <T> T fx(java.util.concurrent.Callable<T> onFxThread) throws Exception {
        return WaitForAsyncUtils.asyncFx(onFxThread).get();
    }

    private String statusText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((Label) window.root().lookup("#status-text")).getText()).get();
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup("#status-text").queryAs(Label.class).getText();
    }
}
