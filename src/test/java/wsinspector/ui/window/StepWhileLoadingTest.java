package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.concurrent.Task;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * F5 pressed while a file is being read is not lost (FINDINGS W8-11): pressed before the file's first conversation
 * is on screen, step mode starts as soon as it is, at its step 0; pressed while its first messages are on screen and
 * the rest is still being read, step mode is on and stays on to the end of the reading, every message a step. The
 * source waits at a gate the test opens, so nothing here depends on how fast the machine is.
 */
@Timeout(60)
class StepWhileLoadingTest extends WindowTest {
    @Test
    void f5BeforeTheFirstConversationStartsStepModeWhenItArrives(FxRobot robot) throws Exception {
        LateSource source = new LateSource(new GatedSource(20, Integer.MAX_VALUE, null));
        Task<?> load = WaitForAsyncUtils.asyncFx(() -> window.open(source)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> source.waiting.getCount() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, window.session().current(), "no conversation yet: the file is being read");

        robot.push(KeyCode.F5);
        source.open();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, load::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.modes().isOn(Activity.STEPS), "F5 pressed while reading: step mode on once the file is read");
        assertEquals(0, window.steps().positionProperty().get(), "at its start");
        assertTrue(window.stepPanel().getScene() != null, "the step's lesson on screen");
        assertEquals(source.inner.total(), window.steps().totalProperty().get(), "every message a step");
    }

    @Test
    void f5PressedTwiceBeforeTheConversationIsNotWanted(FxRobot robot) throws Exception {
        LateSource source = new LateSource(new GatedSource(20, Integer.MAX_VALUE, null));
        Task<?> load = WaitForAsyncUtils.asyncFx(() -> window.open(source)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> source.waiting.getCount() == 0);
        WaitForAsyncUtils.waitForFxEvents();

        robot.push(KeyCode.F5);
        robot.push(KeyCode.F5);   // changed one's mind: no step mode
        source.open();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, load::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(!window.modes().isOn(Activity.STEPS), "F5 twice: off");
        assertEquals(source.inner.total(), window.timeline().messages().size(), "the conversation whole");
    }

    @Test
    void f5WhileTheRestIsReadStaysOn(FxRobot robot) throws Exception {
        GatedSource source = new GatedSource(200, 50, null);
        Task<?> load = WaitForAsyncUtils.asyncFx(() -> window.open(source)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, source::atGate);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.timeline().messages().size() == 50);

        robot.push(KeyCode.F5);
        source.open();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, load::isDone);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.modes().isOn(Activity.STEPS), "step mode on to the end of the reading");
        assertEquals(source.total(), window.steps().totalProperty().get(), "every message a step");
    }

    /**
     * A file whose first conversation comes only after a gate the test opens: a capture is read (its packets put in
     * order, its streams found) before its first conversation is on screen, the window saying it reads it.
     */
    private static final class LateSource implements wsinspector.ui.file.CaptureSource {
        final GatedSource inner;
        final java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);

        LateSource(GatedSource inner) {
            this.inner = inner;
        }

        void open() {
            gate.countDown();
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public String read(Sink sink) throws wsinspector.capture.DumpException {
            waiting.countDown();
            try {
                gate.await();
            } catch (InterruptedException cancelled) {
                throw new java.util.concurrent.CancellationException();
            }
            return inner.read(sink);
        }
    }
}
