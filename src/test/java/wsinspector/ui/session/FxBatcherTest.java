package wsinspector.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.ui.file.SampleDumps;

/** The batching without a toolkit: hand-overs run where the test says, when it says. */
class FxBatcherTest {
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();

    private void runFx() {
        Runnable r;
        while ((r = fxQueue.poll()) != null) {
            r.run();
        }
    }

    private static List<Message> courseNotes() {
        return Dissector.dissect(SampleDumps.courseNotes()).messages();
    }

    @Test
    void appendsQueuedBeforeAHandOverArriveInOneListChange() {
        Conversation c = new Conversation("c", Conversation.Origin.LIVE);
        List<Integer> changeSizes = new ArrayList<>();
        c.messages().addListener((javafx.collections.ListChangeListener<Message>) ch -> {
            while (ch.next()) {
                changeSizes.add(ch.getAddedSize());
            }
        });
        try (FxBatcher batcher = new FxBatcher(fxQueue::add, Duration.ofHours(1))) {
            List<Message> m = courseNotes();
            batcher.append(c, m.subList(0, 3));
            batcher.append(c, m.subList(3, 8));
            runFx();
            assertEquals(List.of(8), changeSizes);
            assertEquals(1, batcher.handOvers());
            assertEquals(m, List.copyOf(c.messages()));
        }
    }

    @Test
    void actionsKeepTheirPlaceBetweenAppends() {
        Conversation c = new Conversation("c", Conversation.Origin.LIVE);
        List<Integer> sizesSeenByAction = new ArrayList<>();
        try (FxBatcher batcher = new FxBatcher(fxQueue::add, Duration.ofHours(1))) {
            List<Message> m = courseNotes();
            batcher.append(c, m.subList(0, 2));
            batcher.run(() -> sizesSeenByAction.add(c.messages().size()));
            batcher.append(c, m.subList(2, 5));
            batcher.run(c::markClosed);
            runFx();
            assertEquals(List.of(2), sizesSeenByAction);
            assertEquals(5, c.messages().size());
            assertEquals(false, c.openProperty().get());
        }
    }

    @Test
    void theIntervalCountsFromTheEndOfAHandOverSoALongOneIsFollowedByTimeOfTheFxThreadsOwn() {
        Conversation c = new Conversation("c", Conversation.Origin.LIVE);
        long[] now = {0};
        List<Long> delays = new ArrayList<>();
        FxBatcher.Timer timer = (action, delayNanos) -> delays.add(delayNanos);
        try (FxBatcher batcher = new FxBatcher(fxQueue::add, Duration.ofMillis(50), timer, () -> now[0])) {
            List<Message> m = courseNotes();
            batcher.append(c, m.subList(0, 1));
            // a hand-over that keeps the FX thread 80 ms (a cold window styling what it was handed), while more comes
            batcher.run(() -> {
                now[0] += 80_000_000L;
                batcher.append(c, m.subList(1, 2));
            });
            runFx();
            assertEquals(List.of(50_000_000L), delays, "the next hand-over 50 ms after this one ended, not at once");
            assertEquals(0, fxQueue.size());
            assertEquals(1, c.messages().size());
        }
    }

    @Test
    void aSecondHandOverWaitsForTheInterval() throws Exception {
        Conversation c = new Conversation("c", Conversation.Origin.LIVE);
        try (FxBatcher batcher = new FxBatcher(fxQueue::add, Duration.ofMillis(200))) {
            List<Message> m = courseNotes();
            batcher.append(c, m.subList(0, 1));
            // from before the first hand-over: a busy machine may only lengthen what is measured, never shorten it
            long before = System.nanoTime();
            runFx();
            batcher.append(c, m.subList(1, 2));
            runFx();
            assertEquals(1, c.messages().size(), "the second batch must wait ~200 ms");
            Runnable handOver = fxQueue.poll(5, TimeUnit.SECONDS);   // posted by the batcher's timer
            long waitedMs = (System.nanoTime() - before) / 1_000_000;
            handOver.run();
            assertEquals(2, c.messages().size());
            assertEquals(true, waitedMs >= 150, "posted after " + waitedMs + " ms");
            assertEquals(2, batcher.handOvers());
        }
    }
}
