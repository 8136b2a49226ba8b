package wsinspector.net;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.protocol.Phrase;

/**
 * What one connection reports to a {@link WireTap}: opened once, its bytes, closed once. Works without a tap
 * (every call does nothing but hand out the id), so the server, client and proxy need no null checks.
 *
 * <p>A server's connection may be {@link #held() held}: its events wait until the request head tells whether it is
 * a WebSocket handshake ({@link #pass()}: recorded in order) or a plain HTTP request such as the student page
 * ({@link #discard()}: never recorded, so a page load is not a conversation in the lecturer's timeline).
 */
final class ConnectionTap {
    private static final AtomicLong UNTAPPED_IDS = new AtomicLong();

    private final WireTap tap;
    private final Source source;
    private final long id;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Whether this connection's events may be held (a server's); the others are recorded without a lock. */
    private final boolean holds;
    /** Events waiting for pass() or discard(); null once passing. Guarded by this. */
    private List<TapEvent> held;
    private boolean discarded;

    ConnectionTap(WireTap tapOrNull, Source source) {
        this(tapOrNull, source, false);
    }

    private ConnectionTap(WireTap tapOrNull, Source source, boolean hold) {
        this.holds = hold;
        this.held = hold ? new ArrayList<>() : null;
        this.tap = tapOrNull;
        this.source = source;
        this.id = tapOrNull != null ? tapOrNull.nextConnectionId(source) : UNTAPPED_IDS.incrementAndGet();
    }

    /** As the constructor, its events held until {@link #pass()} or {@link #discard()}. */
    static ConnectionTap held(WireTap tapOrNull, Source source) {
        return new ConnectionTap(tapOrNull, source, true);
    }

    long id() {
        return id;
    }

    /** Records the held events, in order, and from now on every event as it comes. */
    synchronized void pass() {
        if (held != null && !discarded && tap != null) {
            held.forEach(tap::record);
        }
        held = null;
    }

    /** Forgets the held events and records nothing more of this connection. */
    synchronized void discard() {
        held = null;
        discarded = true;
    }

    private void record(TapEvent e) {
        if (!holds) {
            tap.record(e);
            return;
        }
        synchronized (this) {
            recordHeld(e);
        }
    }

    private void recordHeld(TapEvent e) {
        if (discarded) {
            return;
        }
        if (held != null) {
            held.add(e);
        } else {
            tap.record(e);
        }
    }

    void opened(String peer) {
        if (tap != null) {
            record(new TapEvent.Opened(id, source, peer, nowNanos()));
        }
    }

    /** Records a copy of {@code b[off .. off+len)}. */
    void bytes(Direction direction, byte[] b, int off, int len) {
        if (tap != null && len > 0) {
            record(new TapEvent.Bytes(id, source, new Chunk(direction, nowNanos(), Arrays.copyOfRange(b, off, off + len))));
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
            record(new TapEvent.Bytes(id, source, new Chunk(direction, nowNanos(), both)));
        }
    }

    /** Records the close once, with why it ended (null: nothing said why); later calls are ignored. */
    void closed(int closeCode, Phrase why) {
        if (tap != null && closed.compareAndSet(false, true)) {
            record(new TapEvent.Closed(id, source, closeCode, why, nowNanos()));
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
