package wsinspector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;

@Timeout(20)
class WireTapTest {
    private final WireTap tap = new WireTap(16);

    @AfterEach
    void close() {
        tap.close();
    }

    @Test
    void deliversEventsInTheOrderTheyWereRecorded() throws Exception {
        List<TapEvent> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch all = new CountDownLatch(10);
        tap.addListener(batch -> batch.forEach(e -> {
            seen.add(e);
            all.countDown();
        }));
        for (int i = 0; i < 10; i++) {
            tap.record(new TapEvent.Bytes(1, Source.SERVER, Chunk.of(Direction.CLIENT_TO_SERVER, new byte[] {(byte) i})));
        }
        assertTrue(all.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 10; i++) {
            assertEquals(i, ((TapEvent.Bytes) seen.get(i)).chunk().bytes()[0]);
        }
    }

    @Test
    void countsDropsWhenTheListenerIsSlowAndReportsThemOnceThereIsRoom() throws Exception {
        CountDownLatch firstBatch = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch droppedSeen = new CountDownLatch(1);
        long[] reported = {0};
        tap.addListener(batch -> {
            firstBatch.countDown();
            awaitQuietly(release);
            for (TapEvent e : batch) {
                if (e instanceof TapEvent.Dropped d && d.count() > 0) {
                    reported[0] += d.count();
                    droppedSeen.countDown();
                }
            }
        });
        tap.record(new TapEvent.Opened(-1, Source.CLIENT, "first", 0)); // occupies the listener
        assertTrue(firstBatch.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 100; i++) {
            tap.record(new TapEvent.Opened(i, Source.CLIENT, "peer", 0));
        }
        long dropped = tap.dropped();
        assertEquals(100 - 16, dropped, "16 fit in the queue, the others were dropped");
        release.countDown();
        assertTrue(droppedSeen.await(10, TimeUnit.SECONDS));
        assertEquals(dropped, reported[0]);
    }

    @Test
    void aListenerThatThrowsKeepsReceiving() throws Exception {
        CountDownLatch two = new CountDownLatch(2);
        tap.addListener(batch -> {
            two.countDown();
            throw new IllegalStateException("a listener bug");
        });
        tap.record(new TapEvent.Opened(1, Source.SERVER, "a", 0));
        awaitDelivered(tap);
        tap.record(new TapEvent.Opened(2, Source.SERVER, "b", 0));
        assertTrue(two.await(10, TimeUnit.SECONDS));
    }

    @Test
    void eachSourceNumbersItsConnectionsWithoutGaps() {
        assertEquals(1, tap.nextConnectionId(Source.SERVER));
        assertEquals(1, tap.nextConnectionId(Source.CLIENT)); // our client's connection to our server, say
        assertEquals(2, tap.nextConnectionId(Source.SERVER));
        assertEquals(2, tap.nextConnectionId(Source.CLIENT));
        assertEquals(3, tap.nextConnectionId(Source.SERVER));
    }

    @Test
    void ignoresEventsAfterClose() {
        tap.close();
        tap.record(new TapEvent.Opened(1, Source.SERVER, "a", 0));
        assertEquals(0, tap.dropped());
    }

    private static void awaitDelivered(WireTap tap) throws InterruptedException {
        CountDownLatch marker = new CountDownLatch(1);
        TapListener l = batch -> marker.countDown();
        tap.addListener(l);
        tap.record(new TapEvent.Dropped(0));
        assertTrue(marker.await(10, TimeUnit.SECONDS));
        tap.removeListener(l);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
