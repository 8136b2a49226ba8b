package wsinspector.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import wsinspector.protocol.Phrase;

/**
 * One selector thread of the echo server: it reads and writes the non-blocking sockets of the connections it was
 * given, runs the tasks other threads hand it (a ping from the window, the server shutting down) and its timers (a
 * delayed echo, the timeouts). Everything a connection does happens on its loop's thread, so a connection needs
 * no lock; a slow or hostile client costs its loop only the bytes it sends.
 */
final class EventLoop implements AutoCloseable {
    /** Read at most this much per connection per turn, so a flooding client cannot starve the others. */
    private static final int READ_BUFFER = 64 * 1024;
    /** Frames up to this size are copied into the loop's direct buffer and written from it in one call. */
    private static final int WRITE_BUFFER = 64 * 1024;

    /**
     * After a turn that found work, a loop serving several connections polls without sleeping this long before it
     * blocks in the selector: with busy clients the next message nearly always comes within it. A loop that falls
     * asleep and is woken every few messages makes the clients run dry and sleep too: measured at 100 clients on 2
     * cores, 320-410 context switches per 1,000 echoes on each side without the poll, 75-110 with it (node ws:
     * 60-100). A single client's ping-pong is not polled for (its next message comes only after its echo, and on a
     * busy machine the poll only took CPU from it), and an idle server sleeps.
     */
    private static final long POLL_NANOS = 50_000;

    private final Selector selector;
    private final Faults faults;
    /** What the selector calls for each ready key: one object, not a new method reference per select. */
    private final Consumer<SelectionKey> onReady = this::ready;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final AtomicLong timerOrder = new AtomicLong();
    /** The loop's one read buffer, shared by its connections in turn; wrapped once, not per read. */
    private final ByteBuffer readBuffer = ByteBuffer.allocate(READ_BUFFER);
    /**
     * The loop's one write buffer: an answer is copied here and written at once when its connection has nothing
     * queued, so the usual echo costs one write call and no allocation (a direct buffer: the JDK would otherwise
     * copy a heap buffer into a temporary direct one for the call).
     */
    private final ByteBuffer writeBuffer = ByteBuffer.allocateDirect(WRITE_BUFFER);
    private final Thread thread;
    private volatile boolean running = true;

    /** Something to run at a time; cancelled ones are skipped. Loop thread only. */
    static final class Timer implements Comparable<Timer> {
        private final long dueNanos;
        private final long order;
        private final Runnable action;
        private boolean cancelled;

        private Timer(long dueNanos, long order, Runnable action) {
            this.dueNanos = dueNanos;
            this.order = order;
            this.action = action;
        }

        void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Timer o) {
            int c = Long.compare(dueNanos - o.dueNanos, 0);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    /** What a registered channel's attachment does when its socket is ready. */
    interface Handler {
        /**
         * Bytes may be read; {@code buffer} is the loop's (a heap buffer, its array at offset 0), to be used before
         * returning.
         */
        void readable(ByteBuffer buffer);

        void writable();
    }

    /** Hears what failed inside the loop (a handler, a task, the loop itself), to be said in the reader's language. */
    interface Faults {
        void fault(Phrase what, Exception e);
    }

    EventLoop(String name, Faults faults) throws IOException {
        this.faults = faults;
        selector = Selector.open();
        thread = Threads.startDaemon(name, this::run);
    }

    /** Runs {@code task} on the loop's thread, soon; from any thread. */
    void execute(Runnable task) {
        tasks.add(task);
        if (Thread.currentThread() != thread) {
            selector.wakeup();
        }
    }

    /** The loop's write buffer, cleared; loop thread only, to be used before returning. */
    ByteBuffer writeBuffer() {
        return writeBuffer.clear();
    }

    boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs {@code action} on the loop's thread after {@code delayNanos}; loop thread only. */
    Timer schedule(long delayNanos, Runnable action) {
        Timer t = new Timer(System.nanoTime() + Math.max(0, delayNanos), timerOrder.incrementAndGet(), action);
        timers.add(t);
        return t;
    }

    /** Registers a channel for reading; loop thread only. */
    SelectionKey register(SocketChannel channel, Handler handler) throws IOException {
        return channel.register(selector, SelectionKey.OP_READ, handler);
    }

    /** Stops the loop (after the current turn) and closes its selector. */
    @Override
    public void close() {
        running = false;
        selector.wakeup();
        if (!inLoop()) {
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            long pollUntil = System.nanoTime();
            while (running) {
                long timeout = selectTimeoutMillis();
                int ready = timeout < 0 || System.nanoTime() - pollUntil < 0 ? selector.selectNow(onReady)
                        : selector.select(onReady, timeout);
                if (ready > 0 && selector.keys().size() > 1) {
                    pollUntil = System.nanoTime() + POLL_NANOS;
                }
                runTasks();
                runDueTimers();
            }
        } catch (IOException | RuntimeException e) {
            faults.fault(ConnectionWords.fault("loop", e), e);
        } finally {
            Lingering.closeQuietly(selector);
        }
    }

    private void ready(SelectionKey key) {
        Handler h = (Handler) key.attachment();
        try {
            int ops = key.readyOps();
            if ((ops & SelectionKey.OP_WRITE) != 0) {
                h.writable();
            }
            if (key.isValid() && (ops & SelectionKey.OP_READ) != 0) {
                h.readable(readBuffer.clear());
            }
        } catch (CancelledKeyException closedMeanwhile) {
            // the connection ended while handling the other readiness
        } catch (RuntimeException e) {
            faults.fault(ConnectionWords.fault("handler", e), e);
        }
    }

    private void runTasks() {
        Runnable r;
        while ((r = tasks.poll()) != null) {
            try {
                r.run();
            } catch (RuntimeException e) {
                faults.fault(ConnectionWords.fault("task", e), e);
            }
        }
    }

    private void runDueTimers() {
        long now = System.nanoTime();
        Timer t;
        while ((t = timers.peek()) != null && t.dueNanos - now <= 0) {
            timers.poll();
            if (!t.cancelled) {
                try {
                    t.action.run();
                } catch (RuntimeException e) {
                    faults.fault(ConnectionWords.fault("task", e), e);
                }
            }
        }
    }

    /** Until the next timer is due; 0 (no limit) when there is none, -1 (do not wait) when a task is waiting. */
    private long selectTimeoutMillis() {
        if (!tasks.isEmpty()) {
            return -1;
        }
        Timer t;
        while ((t = timers.peek()) != null && t.cancelled) {
            timers.poll();
        }
        if (t == null) {
            return 0;
        }
        long millis = (t.dueNanos - System.nanoTime() + 999_999) / 1_000_000;
        return Math.max(1, millis);
    }
}
