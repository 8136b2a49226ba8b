package wsinspector.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import wsinspector.dissect.Chunk;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.ui.file.SampleDumps;
import wsinspector.ui.session.Conversation;
import wsinspector.ui.session.ConversationFeed;
import wsinspector.ui.session.FxBatcher;

/**
 * A flood of 20 000 frames fed from a producer thread, as the wire tap delivers them, keeps the FX
 * thread responsive: the frames reach the timeline in a few dozen hand-overs, not 20 000, and a
 * heartbeat posted to the FX thread every 5 ms is never held up for long.
 */
@ExtendWith(ApplicationExtension.class)
class FeedStallTest {
    private static final int FRAMES = 20_000;
    private static final int PER_BATCH = 100;
    private MainWindow window;

    @org.junit.jupiter.api.AfterEach
    void stopLiveSession() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get();
    }

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, 1280, 800);
    }

    @Test
    void twentyThousandFramesArriveInBatchesWithoutStallingTheFxThread() throws Exception {
        Conversation live = new Conversation("127.0.0.1:50000", Conversation.Origin.LIVE);
        WaitForAsyncUtils.asyncFx(() -> window.session().add(live)).get();
        AtomicLong longestWaitNanos = new AtomicLong();
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor();
        heartbeat.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> longestWaitNanos.accumulateAndGet(System.nanoTime() - posted, Math::max));
        }, 0, 5, TimeUnit.MILLISECONDS);

        long started = System.nanoTime();
        AtomicLong longestHandOverNanos = new AtomicLong();
        java.util.concurrent.Executor timedFx = handOver -> Platform.runLater(() -> {
            long t0 = System.nanoTime();
            handOver.run();
            longestHandOverNanos.accumulateAndGet(System.nanoTime() - t0, Math::max);
        });
        try (FxBatcher batcher = new FxBatcher(timedFx, FxBatcher.DEFAULT_INTERVAL)) {
            ConversationFeed feed = new ConversationFeed(live, batcher);
            Thread producer = new Thread(() -> {
                feed.acceptAll(SampleDumps.courseNotes().subList(0, 2));
                byte[] frame = FrameEncoder.encode(FrameSpec.text("Hello"));   // 81 05 48 65 6c 6c 6f
                for (int sent = 0; sent < FRAMES; sent += PER_BATCH) {
                    List<Chunk> batch = new ArrayList<>();
                    for (int i = 0; i < PER_BATCH; i++) {
                        batch.add(SampleDumps.s2c(frame));
                    }
                    feed.acceptAll(batch);
                }
                feed.finish();
            }, "test-producer");
            producer.start();
            producer.join(30_000);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !live.openProperty().get());
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            heartbeat.shutdownNow();
            WaitForAsyncUtils.waitForFxEvents();

            assertEquals(FRAMES + 2, live.messages().size());
            assertEquals(FRAMES + 2, window.timeline().messages().size());
            long handOvers = batcher.handOvers();
            assertTrue(handOvers <= elapsedMs / 50 + 3, handOvers + " hand-overs in " + elapsedMs + " ms: more than one per 50 ms");
            long longestMs = longestWaitNanos.get() / 1_000_000;
            long longestHandOverMs = longestHandOverNanos.get() / 1_000_000;
            System.out.printf("feed: %d frames in %d ms, %d hand-overs, longest hand-over %d ms, longest FX wait %d ms%n",
                    FRAMES, elapsedMs, handOvers, longestHandOverMs, longestMs);
            assertTrue(longestHandOverMs < 250, "one hand-over took " + longestHandOverMs + " ms of the FX thread");
            // generous: the machine is shared, and a garbage collection pauses every thread
            assertTrue(longestMs < 2000, "the FX thread was held up for " + longestMs + " ms");
        } finally {
            heartbeat.shutdownNow();
        }
    }
}
