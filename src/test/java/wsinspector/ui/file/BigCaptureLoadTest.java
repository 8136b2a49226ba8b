package wsinspector.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javafx.concurrent.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.FxBatcher;

/**
 * Opening a big capture: messages reach the conversation while the file is still being read, and Cancel
 * stops the reading. The hand-overs run on the loading thread here (a synchronous executor), so what the
 * tests see does not depend on how fast the machine is.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class BigCaptureLoadTest {
    private static final int FRAMES = BigCaptures.FRAMES;

    @TempDir
    Path dir;

    @Test
    void theFirstMessagesArriveBeforeIndexingEnds() throws Exception {
        Path file = BigCaptures.clientStream(dir, FRAMES);
        Conversation conversation = new Conversation("big", Conversation.Origin.FILE);
        AtomicLong messagesAtFirst = new AtomicLong(-1);
        CaptureLoad[] load = new CaptureLoad[1];
        try (FxBatcher batcher = new FxBatcher(Runnable::run, Duration.ZERO)) {
            load[0] = new CaptureLoad(file, conversation, batcher,
                    first -> messagesAtFirst.set(conversation.messages().size()));
            load[0].run();
        }
        assertEquals(Worker.State.SUCCEEDED, stateOf(load[0]));
        assertTrue(messagesAtFirst.get() > 0 && messagesAtFirst.get() < FRAMES,
                "the first messages were shown when " + messagesAtFirst.get() + " of " + (FRAMES + 1) + " were in");
        assertEquals(FRAMES + 1, conversation.messages().size());
        assertEquals(FRAMES + 1, WaitForAsyncUtils.asyncFx(() -> load[0].getValue().messages()).get());
    }

    @Test
    void cancelStopsReadingAndKeepsWhatWasRead() throws Exception {
        Path file = BigCaptures.clientStream(dir, FRAMES);
        Conversation conversation = new Conversation("big", Conversation.Origin.FILE);
        AtomicBoolean cancelled = new AtomicBoolean();
        CaptureLoad[] load = new CaptureLoad[1];
        try (FxBatcher batcher = new FxBatcher(Runnable::run, Duration.ZERO)) {
            load[0] = new CaptureLoad(file, conversation, batcher, first -> cancelled.set(load[0].cancel()));
            load[0].run();
        }
        assertTrue(cancelled.get());
        assertEquals(Worker.State.CANCELLED, stateOf(load[0]));
        int kept = conversation.messages().size();
        assertTrue(kept > 0 && kept < FRAMES, kept + " messages kept");
        assertFalse(WaitForAsyncUtils.asyncFx(load[0]::isRunning).get());
    }

    private static Worker.State stateOf(CaptureLoad load) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(); // a Task publishes its state on the FX thread
        return WaitForAsyncUtils.asyncFx(load::getState).get();
    }
}
