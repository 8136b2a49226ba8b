package wsinspector.net;

import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;
import wsinspector.protocol.Phrase;

/**
 * What one connection reports to a {@link WireTap}: opened once, its bytes, closed once. Works without a tap
 * (every call does nothing but hand out the id), so the server, client and proxy need no null checks.
 */
final class ConnectionTap {
    private static final AtomicLong UNTAPPED_IDS = new AtomicLong();

    private final WireTap tap;
    private final Source source;
    private final long id;
    private final AtomicBoolean closed = new AtomicBoolean();

    ConnectionTap(WireTap tapOrNull, Source source) {
        this.tap = tapOrNull;
        this.source = source;
        this.id = tapOrNull != null ? tapOrNull.nextConnectionId(source) : UNTAPPED_IDS.incrementAndGet();
    }

    long id() {
        return id;
    }

    void opened(String peer) {
        if (tap != null) {
            tap.record(new TapEvent.Opened(id, source, peer, nowNanos()));
        }
    }

    /** Records a copy of {@code b[off .. off+len)}. */
    void bytes(Direction direction, byte[] b, int off, int len) {
        if (tap != null && len > 0) {
            tap.record(new TapEvent.Bytes(id, source, new Chunk(direction, nowNanos(), Arrays.copyOfRange(b, off, off + len))));
        }
    }

    /** Records the close once, with why it ended (null: nothing said why); later calls are ignored. */
    void closed(int closeCode, Phrase why) {
        if (tap != null && closed.compareAndSet(false, true)) {
            tap.record(new TapEvent.Closed(id, source, closeCode, why, nowNanos()));
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
