package wsinspector.net;

import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands what the network threads record to listeners on one consumer thread, so that a slow listener (a window
 * redrawing a hex view) never slows the network: {@link #record} never blocks; when the bounded queue is full
 * the event is dropped and counted, and a {@link TapEvent.Dropped} event takes its place in the stream as soon
 * as there is room again. Drops are never silent.
 */
public final class WireTap implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WireTap.class.getName());
    private static final int MAX_BATCH = 512;

    private final BlockingQueue<TapEvent> queue;
    private final List<TapListener> listeners = new CopyOnWriteArrayList<>();
    /** Each source numbers its connections 1, 2, 3…: the window names them "Server #1", "Client #1". */
    private final Map<Source, AtomicLong> connectionIds = new EnumMap<>(Source.class);
    private final AtomicLong droppedTotal = new AtomicLong();
    /** Drops not yet reported by a Dropped event. */
    private final AtomicLong droppedPending = new AtomicLong();
    private final Thread consumer;
    private volatile boolean closed;

    /** @param capacity how many events may wait for the listeners before new ones are dropped */
    public WireTap(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2: " + capacity);
        }
        queue = new ArrayBlockingQueue<>(capacity);
        consumer = new Thread(this::deliverLoop, "wire-tap");
        consumer.setDaemon(true);
        consumer.start();
    }

    public void addListener(TapListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(TapListener listener) {
        listeners.remove(listener);
    }

    /**
     * A new id for a connection recorded by {@code source}: unique among that source's connections in this tap,
     * counting 1, 2, 3… in the order they opened, so that the server's connections are numbered without gaps
     * whoever else records into the tap. A connection is named by its source and id together.
     */
    public long nextConnectionId(Source source) {
        synchronized (connectionIds) {
            return connectionIds.computeIfAbsent(source, s -> new AtomicLong()).incrementAndGet();
        }
    }

    /** Queues the event for the listeners; never blocks. Ignored once the tap is closed. */
    public void record(TapEvent event) {
        Objects.requireNonNull(event, "event");
        if (closed) {
            return;
        }
        reportDropsIfRoom();
        if (!queue.offer(event)) {
            droppedTotal.incrementAndGet();
            droppedPending.incrementAndGet();
        }
    }

    /** How many events were dropped since the tap was made. */
    public long dropped() {
        return droppedTotal.get();
    }

    /** Stops delivering; events still queued are discarded. Waits briefly for the consumer thread to end. */
    @Override
    public void close() {
        closed = true;
        consumer.interrupt();
        if (Thread.currentThread() != consumer) {
            try {
                consumer.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        queue.clear();
    }

    /** Puts a Dropped event in the queue for the drops not yet reported, if there is room for it. */
    private void reportDropsIfRoom() {
        long pending = droppedPending.getAndSet(0);
        if (pending > 0 && !queue.offer(new TapEvent.Dropped(pending))) {
            droppedPending.addAndGet(pending);
        }
    }

    private void deliverLoop() {
        List<TapEvent> batch = new ArrayList<>();
        while (!closed) {
            try {
                TapEvent first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, MAX_BATCH - 1);
                }
            } catch (InterruptedException e) {
                break;
            }
            long pending = droppedPending.getAndSet(0); // the queue has room now: report what was lost
            if (pending > 0) {
                batch.add(new TapEvent.Dropped(pending));
            }
            if (!batch.isEmpty()) {
                deliver(List.copyOf(batch));
                batch.clear();
            }
        }
    }

    private void deliver(List<TapEvent> batch) {
        for (TapListener listener : listeners) {
            try {
                listener.onEvents(batch);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a wire tap listener failed; it keeps receiving events", e);
            }
        }
    }
}
