package wsinspector.capture.packet;

import java.util.Map;
import java.util.TreeMap;
import wsinspector.dissect.Direction;

/**
 * One direction of a TCP connection being put back in order. Sequence numbers become stream offsets
 * (from 0 at the first byte after the SYN, or at the first byte seen for a connection caught mid-way),
 * 32-bit wrap included. In-order data passes straight through; only segments that arrive ahead of a
 * hole are copied and held until the hole fills or is declared lost.
 */
final class TcpHalf {
    final Direction direction;
    boolean synced;
    /** Raw sequence number of stream offset 0. */
    int base;
    /** Stream offset of the next byte to deliver. */
    long delivered;
    /** Segments (bytes, or null for bytes the snap length cut off) ahead of {@link #delivered}, by stream offset. */
    final TreeMap<Long, Piece> pending = new TreeMap<>();
    long pendingBytes;
    long finAt = -1;
    boolean synSeen;
    boolean finSeen;
    boolean rstSeen;

    /** Held bytes, or {@code bytes == null}: {@code length} bytes that were on the wire but not captured. */
    record Piece(byte[] bytes, long length) {
    }

    TcpHalf(Direction direction) {
        this.direction = direction;
    }

    void sync(int firstDataSeq) {
        synced = true;
        base = firstDataSeq;
        delivered = 0;
    }

    /** The stream offset of a sequence number, as the one nearest to what was delivered. */
    long offsetOf(int seq) {
        int expected = base + (int) delivered;
        return delivered + (seq - expected);
    }

    void hold(long start, Piece piece) {
        Piece old = pending.get(start);
        if (old == null || old.length() < piece.length()) {
            pending.put(start, piece);
            pendingBytes += piece.length() - (old == null ? 0 : old.length());
        }
    }

    Map.Entry<Long, Piece> takeFirst() {
        Map.Entry<Long, Piece> first = pending.pollFirstEntry();
        if (first != null) {
            pendingBytes -= first.getValue().length();
        }
        return first;
    }
}
