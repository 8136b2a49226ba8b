package wsinspector.net;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.protocol.Phrase;

/**
 * What one connection reports to a {@link WireTap}: opened once, its bytes, closed once. Works without a tap
 * (every call does nothing but hand out the id), so the server, client and proxy need no null checks.
 *
 * <p>A server's connection may be {@link #held() held}: its events wait until the request head tells whether it is
 * a WebSocket handshake ({@link #pass()}: recorded in order) or a plain HTTP request such as the student page
 * ({@link #discard()}: never recorded, so a page load is not a conversation in the lecturer's timeline). A held
 * connection takes its number only when it is first needed (recorded, refused, opened), so that a page load spends
 * none: the server's connections are numbered 1, 2, 3… without gaps, in the timeline, the window's list and
 * {@code serve}'s log alike (W7-8).
 */
final class ConnectionTap {
    private static final AtomicLong UNTAPPED_IDS = new AtomicLong();

    private final WireTap tap;
    private final Source source;
    /** Where the number comes from: the tap's count of the source's connections, or the caller's own. */
    private final LongSupplier numbers;
    /** The connection's number; 0 until a held connection needs one. Guarded by this where held. */
    private long id;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Whether this connection's events may be held (a server's); the others are recorded without a lock. */
    private final boolean holds;
    /** Events waiting for pass() or discard(), made once the number is known; null once passing. Guarded by this. */
    private List<LongFunction<TapEvent>> held;
    private boolean discarded;

    ConnectionTap(WireTap tapOrNull, Source source) {
        this(tapOrNull, source, false, UNTAPPED_IDS::incrementAndGet);
    }

    private ConnectionTap(WireTap tapOrNull, Source source, boolean hold, LongSupplier untapped) {
        this.holds = hold;
        this.held = hold ? new ArrayList<>() : null;
        this.tap = tapOrNull;
        this.source = source;
        this.numbers = tapOrNull != null ? () -> tapOrNull.nextConnectionId(source) : untapped;
        if (!hold) {
            this.id = numbers.getAsLong();
        }
    }

    /**
     * As the constructor, its events held until {@link #pass()} or {@link #discard()}, its number taken when first
     * needed: from the tap, or without one from {@code untapped} (a server's own count, so that {@code serve}'s log
     * starts at 1 whatever else numbered connections in the JVM).
     */
    static ConnectionTap held(WireTap tapOrNull, Source source, LongSupplier untapped) {
        return new ConnectionTap(tapOrNull, source, true, untapped);
    }

    /** The connection's number, taken now if it has none yet (never for a discarded one: it is not asked). */
    long id() {
        if (!holds) {
            return id;
        }
        synchronized (this) {
            if (id == 0) {
                id = numbers.getAsLong();
            }
            return id;
        }
    }

    /** Whether the connection has this number; gives it none. */
    synchronized boolean is(long number) {
        return id != 0 && id == number;
    }

    /** Records the held events, in order, and from now on every event as it comes. */
    synchronized void pass() {
        if (held != null && !discarded && tap != null) {
            long n = id();
            held.forEach(e -> tap.record(e.apply(n)));
        }
        held = null;
    }

    /** Forgets the held events and records nothing more of this connection. */
    synchronized void discard() {
        held = null;
        discarded = true;
    }

    /** Records the event {@code e} makes for the connection's number (a held one's number may not be taken yet). */
    private void record(LongFunction<TapEvent> e) {
        if (!holds) {
            tap.record(e.apply(id));
            return;
        }
        synchronized (this) {
            if (discarded) {
                return;
            }
            if (held != null) {
                held.add(e);
            } else {
                tap.record(e.apply(id()));
            }
        }
    }

    void opened(String peer) {
        if (tap != null) {
            long at = nowNanos();
            record(n -> new TapEvent.Opened(n, source, peer, at));
        }
    }

    /** Records a copy of {@code b[off .. off+len)}. */
    void bytes(Direction direction, byte[] b, int off, int len) {
        if (tap != null && len > 0) {
            Chunk chunk = new Chunk(direction, nowNanos(), Arrays.copyOfRange(b, off, off + len));
            record(n -> new TapEvent.Bytes(n, source, chunk));
        }
    }

    /** Records {@code head} then {@code body} as one chunk, as one write sends them. */
    void bytes(Direction direction, byte[] head, byte[] body) {
        bytes(direction, head, head.length, body, 0, body.length);
    }

    /** Records {@code head[0 .. headLength)} then {@code body[off .. off+len)} (copies) as one chunk. */
    void bytes(Direction direction, byte[] head, int headLength, byte[] body, int off, int len) {
        if (len == 0) {
            bytes(direction, head, 0, headLength);
        } else if (tap != null) {
            byte[] both = Arrays.copyOf(head, headLength + len);
            System.arraycopy(body, off, both, headLength, len);
            Chunk chunk = new Chunk(direction, nowNanos(), both);
            record(n -> new TapEvent.Bytes(n, source, chunk));
        }
    }

    /** Records the close once, with why it ended (null: nothing said why); later calls are ignored. */
    void closed(int closeCode, Phrase why) {
        if (tap != null && closed.compareAndSet(false, true)) {
            long at = nowNanos();
            record(n -> new TapEvent.Closed(n, source, closeCode, why, at));
        }
    }

    /** As {@link #closed(int, Phrase)}, with the peer's own words (a close frame's reason), shown as they are. */
    void closed(int closeCode, String peerSaid) {
        closed(closeCode, ConnectionWords.peerSaid(peerSaid));
    }

    /** Wall-clock time in nanoseconds since the epoch, the clock of {@link Chunk#timestampNanos()}. */
    static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
