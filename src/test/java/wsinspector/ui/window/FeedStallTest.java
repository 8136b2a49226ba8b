package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;

import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Message;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.ConversationFeed;
import wsinspector.ui.session.FxBatcher;

/**
 * A flood of 20 000 frames, fed as the wire tap delivers them (100 per read, one read a millisecond),
 * reaches the window's timeline in one hand-over per 50 ms, each a single change of the list: five
 * hand-overs for the 200 ms of the flood, not 20 000 updates of the FX thread. The time is the test's
 * own clock, so the count is exact on any machine; how long a hand-over takes is measured in
 * {@code bench/FeedHandOverBenchmark}, not here.
 */
@ExtendWith(ApplicationExtension.class)
class FeedStallTest {
    private static final int FRAMES = 20_000;
    private static final int PER_READ = 100;
    private static final long MS = 1_000_000;
    private MainWindow window;

    /** The test's time: timers due at a moment run when the test moves the clock past it. */
    private long now;
    private final PriorityQueue<Due> timers = new PriorityQueue<>();
    private final List<Runnable> fxQueue = new ArrayList<>();

    private record Due(long at, long order, Runnable action) implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            return at != o.at ? Long.compare(at, o.at) : Long.compare(order, o.order);
        }
    }

    @AfterEach
    void stopLiveSession() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get();
    }

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, 1280, 800);
    }

    @Test
    void twentyThousandFramesArriveInOneListChangePerFiftyMilliseconds() throws Exception {
        Conversation live = new Conversation("127.0.0.1:50000", Conversation.Origin.LIVE);
        WaitForAsyncUtils.asyncFx(() -> window.session().add(live)).get();
        List<Integer> changes = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> window.timeline().messages().addListener((ListChangeListener<Message>) c -> {
            while (c.next()) {
                changes.add(c.getAddedSize());
            }
        })).get();
        FxBatcher.Timer timer = (action, delay) -> {
            synchronized (timers) {
                timers.add(new Due(now + delay, timers.size(), action));
            }
        };
        try (FxBatcher batcher = new FxBatcher(fxQueue::add, FxBatcher.DEFAULT_INTERVAL, timer, () -> now)) {
            ConversationFeed feed = new ConversationFeed(live, batcher);
            feed.acceptAll(SampleDumps.courseNotes().subList(0, 2));
            byte[] frame = FrameEncoder.encode(FrameSpec.text("Hello"));   // 81 05 48 65 6c 6c 6f
            for (int sent = 0; sent < FRAMES; sent += PER_READ) {
                List<Chunk> read = new ArrayList<>();
                for (int i = 0; i < PER_READ; i++) {
                    read.add(SampleDumps.s2c(frame));
                }
                feed.acceptAll(read);
                runFx();
                advance(MS);
            }
            feed.finish();
            runFx();
            advance(50 * MS);
            assertEquals(FRAMES + 2, live.messages().size());
            assertEquals(FRAMES + 2, window.timeline().messages().size());
            assertTrue(!live.openProperty().get(), "the end of the connection arrives too");
            // 200 ms of reads: the first at once, then one per 50 ms, and the close's
            assertEquals(6, batcher.handOvers(), "hand-overs for 200 ms of a flood");
            assertEquals(5, changes.size(), "one change of the timeline's list per hand-over with frames: " + changes);
            assertEquals(FRAMES + 2, changes.stream().mapToInt(Integer::intValue).sum());
        }
    }

    /** Moves the test's clock on, running the timers that fall due (each posts its hand-over). */
    private void advance(long nanos) throws Exception {
        long until = now + nanos;
        while (true) {
            Due next;
            synchronized (timers) {
                next = timers.peek();
                if (next == null || next.at() > until) {
                    break;
                }
                timers.poll();
            }
            now = next.at();
            next.action().run();
            runFx();
        }
        now = until;
    }

    /** Runs the posted hand-overs on the FX thread, as Platform.runLater would. */
    private void runFx() throws Exception {
        List<Runnable> batch = new ArrayList<>(fxQueue);
        fxQueue.clear();
        if (!batch.isEmpty()) {
            WaitForAsyncUtils.asyncFx(() -> batch.forEach(Runnable::run)).get(30, TimeUnit.SECONDS);
        }
    }
}
