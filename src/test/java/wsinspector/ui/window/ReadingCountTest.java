package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.concurrent.Task;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.capture.DumpException;
import wsinspector.ui.file.CaptureSource;
import wsinspector.ui.file.FileSource;

/**
 * While a dump is read, the status line counts the messages on the timeline (W5-1: a dump is read whole before
 * its messages come, so its progress reached 100 % with none read and never moved again: the line said 0 of them
 * while the timeline showed all 8). The reading is held at a gate after the file is read, before the load ends.
 */
@Timeout(60)
class ReadingCountTest extends WindowTest {
    @Test
    void theStatusLineCountsTheMessagesOfADumpReadWhole(FxRobot robot) throws Exception {
        HeldSource source = new HeldSource(new FileSource(Path.of("samples/course-notes.xxd")));
        Task<?> load = WaitForAsyncUtils.asyncFx(() -> window.open(source)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> source.held.getCount() == 0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.timeline().messages().size() == 8);
        WaitForAsyncUtils.waitForFxEvents();

        try {
            assertEquals("Reading course-notes.xxd: 8 messages so far (100 %). Esc or Cancel stops and keeps them.",
                    robot.lookup("#status-text").queryAs(Label.class).getText());
        } finally {
            source.gate.countDown();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, load::isDone);
        }
    }

    /** A file read by the window's own source, then held until the test lets the load end. */
    private static final class HeldSource implements CaptureSource {
        private final CaptureSource file;
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch gate = new CountDownLatch(1);

        HeldSource(CaptureSource file) {
            this.file = file;
        }

        @Override
        public String name() {
            return file.name();
        }

        @Override
        public String read(Sink sink) throws DumpException {
            String format = file.read(sink);
            held.countDown();
            try {
                gate.await();
            } catch (InterruptedException cancelled) {
                throw new CancellationException();
            }
            return format;
        }
    }
}
