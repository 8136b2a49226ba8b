package wsinspector.capture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import wsinspector.capture.packet.TcpConnection;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Direction;

/**
 * The connections of a capture not yet known to be WebSocket or not, while it is streamed: each one's
 * first bytes (and gaps and events) wait here, at most {@value #HELD_BYTES} bytes of them, until its client's
 * bytes show an upgrade request (then they are given back, to be dissected from the start) or something else
 * (then they are dropped, as are the bytes of a connection that says nothing for that long).
 */
final class UndecidedConnections {
    static final int HELD_BYTES = 64 * 1024;

    private final Map<TcpConnection, Held> undecided = new HashMap<>();

    private static final class Held {
        final UpgradeSniffer sniffer = new UpgradeSniffer();
        final List<StreamPiece> pieces = new ArrayList<>();
        long bytes;
    }

    /** Starts holding a connection's first bytes until it shows what it is. */
    void watch(TcpConnection c) {
        undecided.put(c, new Held());
    }

    boolean watching(TcpConnection c) {
        return undecided.containsKey(c);
    }

    /** Stops watching every connection (one was chosen, none other is wanted). */
    void clear() {
        undecided.clear();
    }

    /**
     * Holds a connection's bytes (copied) when it is watched.
     *
     * @return everything held of it, oldest first, when these bytes show it is WebSocket (then it is no longer
     *         watched); null while it is undecided, when it is something else, or not watched
     */
    List<StreamPiece> data(TcpConnection c, Direction d, long ts, byte[] bytes, int offset, int length) {
        Held held = undecided.get(c);
        if (held == null) {
            return null;
        }
        held.pieces.add(new StreamPiece.Data(new Chunk(d, ts, Arrays.copyOfRange(bytes, offset, offset + length))));
        held.bytes += length;
        UpgradeSniffer.Verdict verdict = d == Direction.CLIENT_TO_SERVER ? held.sniffer.add(bytes, offset, length)
                : held.sniffer.verdict();
        if (verdict == UpgradeSniffer.Verdict.WEBSOCKET) {
            undecided.remove(c);
            return held.pieces;
        }
        if (verdict == UpgradeSniffer.Verdict.OTHER || verdict == UpgradeSniffer.Verdict.HTTP || held.bytes > HELD_BYTES) {
            undecided.remove(c);
        }
        return null;
    }

    /** Holds a gap or an event of a watched connection, in order with its bytes. */
    void hold(TcpConnection c, StreamPiece piece) {
        Held held = undecided.get(c);
        if (held != null) {
            held.pieces.add(piece);
        }
    }
}
