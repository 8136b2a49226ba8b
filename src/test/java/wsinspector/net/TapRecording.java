package wsinspector.net;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import wsinspector.dissect.Direction;

/** A tap listener for tests: keeps every event, and lets a test wait until a connection's Closed event. */
final class TapRecording implements TapListener {
    private final List<TapEvent> events = new ArrayList<>();

    @Override
    public synchronized void onEvents(List<TapEvent> batch) {
        events.addAll(batch);
        notifyAll();
    }

    synchronized List<TapEvent> events() {
        return List.copyOf(events);
    }

    /** Waits for the n-th Closed event of {@code source}; returns it. */
    synchronized TapEvent.Closed awaitClosed(Source source, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            List<TapEvent.Closed> closed = events.stream().filter(e -> e instanceof TapEvent.Closed c && c.source() == source)
                    .map(e -> (TapEvent.Closed) e).toList();
            if (closed.size() >= n) {
                return closed.get(n - 1);
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new AssertionError("no Closed event from " + source + " within 15 s: " + events);
            }
            wait(left);
        }
    }

    /** Waits until {@code condition} holds for the events recorded so far. */
    synchronized void await(java.util.function.Predicate<List<TapEvent>> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.test(events)) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new AssertionError("not within 15 s: " + what);
            }
            wait(left);
        }
    }

    /**
     * All bytes of one connection and direction, joined in order, in a tap where one source records (ids are
     * numbered per source: with two, name the source too).
     */
    synchronized byte[] bytes(long connection, Direction direction) {
        long sources = events.stream().filter(e -> e instanceof TapEvent.Opened o && o.connection() == connection)
                .map(e -> ((TapEvent.Opened) e).source()).distinct().count();
        if (sources > 1) {
            throw new AssertionError("connection " + connection + " is recorded by several sources: name the source");
        }
        return bytesUnlocked(events, connection, direction);
    }

    /** All bytes of one source's connection in one direction, joined in order. */
    synchronized byte[] bytes(Source source, long connection, Direction direction) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (TapEvent e : events) {
            if (e instanceof TapEvent.Bytes b && b.source() == source && b.connection() == connection
                    && b.chunk().direction() == direction) {
                out.writeBytes(b.chunk().bytes());
            }
        }
        return out.toByteArray();
    }

    /** As {@link #bytes}, over a list the caller already holds (inside {@link #await}). */
    static byte[] bytesUnlocked(List<TapEvent> events, long connection, Direction direction) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (TapEvent e : events) {
            if (e instanceof TapEvent.Bytes b && b.connection() == connection && b.chunk().direction() == direction) {
                out.writeBytes(b.chunk().bytes());
            }
        }
        return out.toByteArray();
    }

    /** The chunks one side recorded, in order, as the dissector takes them. */
    synchronized List<wsinspector.dissect.Chunk> chunks(Source source) {
        return events.stream().filter(e -> e instanceof TapEvent.Bytes b && b.source() == source)
                .map(e -> ((TapEvent.Bytes) e).chunk()).toList();
    }

    static CountDownLatch latch() {
        return new CountDownLatch(1);
    }
}
