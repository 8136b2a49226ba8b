package wsinspector.ui.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import javafx.application.Platform;
import wsinspector.dissect.Message;

/**
 * Hands work from producer threads (the wire tap, a loader) to the FX thread in batches, at most
 * one hand-over per interval (~50 ms), so a flood of thousands of frames per second costs the FX
 * thread twenty list updates a second, not thousands. Appends to the same conversation that follow
 * each other (or follow only appends to other conversations) are merged into one {@link Conversation#append};
 * actions keep their order with the appends around them. The interval counts from the end of a hand-over, so however
 * long the FX thread takes over one, it has the interval to itself before the next (draws, keys): a loader faster
 * than the window makes bigger batches, never a queue of them.
 * Thread-safe.
 */
public final class FxBatcher implements AutoCloseable {
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(50);

    private final Executor fx;
    private final Timer timer;
    private final LongSupplier clock;
    private final ScheduledExecutorService ownTimer;
    private final long intervalNanos;
    private final Object lock = new Object();
    private final AtomicLong handOvers = new AtomicLong();
    private List<Object> pending = new ArrayList<>();
    /** Actions of which only the newest of each key runs, after the rest of its hand-over (see {@link #runLast}). */
    private Map<Object, Runnable> last = new LinkedHashMap<>();
    private boolean scheduled;
    private long lastHandOverNanos;
    private boolean handedOver;

    public FxBatcher() {
        this(Platform::runLater, DEFAULT_INTERVAL);
    }

    /** @param fx runs a hand-over on the FX thread ({@code Platform::runLater}; a test may pass its own) */
    public FxBatcher(Executor fx, Duration interval) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.intervalNanos = interval.toNanos();
        this.ownTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wsinspector-fx-batcher");
            t.setDaemon(true);
            return t;
        });
        this.timer = (action, delayNanos) -> ownTimer.schedule(action, delayNanos, TimeUnit.NANOSECONDS);
        this.clock = System::nanoTime;
    }

    /**
     * With a clock and a timer of the caller's (a test's): hand-overs happen when the test's time says,
     * not the machine's, so what the batching promises can be checked without waiting.
     *
     * @param clock nanoseconds, as {@link System#nanoTime}
     */
    public FxBatcher(Executor fx, Duration interval, Timer timer, LongSupplier clock) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.intervalNanos = interval.toNanos();
        this.timer = Objects.requireNonNull(timer, "timer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ownTimer = null;
    }

    /** Runs an action after a delay, on a thread of its own (never the FX thread). */
    @FunctionalInterface
    public interface Timer {
        void schedule(Runnable action, long delayNanos);
    }

    /** Queues messages for a conversation; they reach it in the next hand-over. */
    public void append(Conversation conversation, List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        synchronized (lock) {
            if (lastFor(conversation) instanceof Append same) {
                same.messages.addAll(messages);
            } else {
                pending.add(new Append(conversation, new ArrayList<>(messages)));
            }
            scheduleLocked();
        }
    }

    /**
     * Queues showing a loaded conversation's index rows up to {@code count}; a later count for the same conversation
     * in the same hand-over replaces it (one list change however many batches the loader read meanwhile).
     */
    public void reveal(Conversation conversation, int count) {
        synchronized (lock) {
            Object last = lastFor(conversation);
            if (last instanceof Reveal r) {
                r.count = Math.max(r.count, count);
            } else {
                pending.add(new Reveal(conversation, count));
            }
            scheduleLocked();
        }
    }

    /**
     * The queued append or reveal for this conversation that nothing but appends and reveals for other
     * conversations follow (those may be merged into it: they touch other lists), or null.
     */
    private Object lastFor(Conversation conversation) {
        for (int i = pending.size() - 1; i >= 0; i--) {
            Object item = pending.get(i);
            if (item instanceof Append a && a.conversation == conversation
                    || item instanceof Reveal r && r.conversation == conversation) {
                return item;
            }
            if (!(item instanceof Append || item instanceof Reveal)) {
                return null;
            }
        }
        return null;
    }

    /** Queues an action to run on the FX thread, in order with the appends around it. */
    public void run(Runnable fxAction) {
        synchronized (lock) {
            pending.add(fxAction);
            scheduleLocked();
        }
    }

    /**
     * Queues an action of which only the newest of its {@code key} matters (a count for the status line): it runs at
     * the end of the next hand-over, after everything else queued, and replaces one of the same key queued before. It
     * does not stand between appends or reveals, so those still merge into one list change.
     */
    public void runLast(Object key, Runnable fxAction) {
        synchronized (lock) {
            last.remove(key);
            last.put(key, fxAction);
            scheduleLocked();
        }
    }

    /** How many hand-overs to the FX thread happened so far. */
    public long handOvers() {
        return handOvers.get();
    }

    private void scheduleLocked() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        long wait = handedOver ? Math.max(0, lastHandOverNanos + intervalNanos - clock.getAsLong()) : 0;
        if (wait == 0) {
            fx.execute(this::handOver);
        } else {
            timer.schedule(() -> fx.execute(this::handOver), wait);
        }
    }

    private void handOver() {
        List<Object> batch;
        Map<Object, Runnable> lastActions;
        synchronized (lock) {
            batch = pending;
            pending = new ArrayList<>();
            lastActions = last;
            last = new LinkedHashMap<>();
            // what is queued while this runs waits for its end (scheduled stays set until then)
        }
        handOvers.incrementAndGet();
        try {
            for (Object item : batch) {
                if (item instanceof Append a) {
                    a.conversation.append(a.messages);
                } else if (item instanceof Reveal r) {
                    r.conversation.reveal(r.count);
                } else {
                    ((Runnable) item).run();
                }
            }
            lastActions.values().forEach(Runnable::run);
        } finally {
            synchronized (lock) {
                // the interval from the end: the FX thread's own time between two hand-overs, however long this one was
                lastHandOverNanos = clock.getAsLong();
                handedOver = true;
                scheduled = false;
                if (!pending.isEmpty() || !last.isEmpty()) {
                    scheduleLocked();
                }
            }
        }
    }

    @Override
    public void close() {
        if (ownTimer != null) {
            ownTimer.shutdownNow();
        }
    }

    private record Append(Conversation conversation, List<Message> messages) {
    }

    /** Rows of a loaded conversation's index to show; the count grows while it waits (guarded by the lock). */
    private static final class Reveal {
        final Conversation conversation;
        int count;

        Reveal(Conversation conversation, int count) {
            this.conversation = conversation;
            this.count = count;
        }
    }
}
