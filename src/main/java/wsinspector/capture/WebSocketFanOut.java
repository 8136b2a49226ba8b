package wsinspector.capture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.capture.packet.TcpConnection;
import wsinspector.capture.packet.TcpStreamListener;
import wsinspector.dissect.ConnectionEvent;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;

/**
 * Streams every WebSocket conversation of a capture, each into a dissector of its own, as the capture is
 * read: what a viewer of big captures uses to show the first messages while the rest is still being read.
 * A connection is WebSocket when its client opens with an upgrade request, or when its server port is the
 * one the user named. Until that is known its first bytes wait in {@link UndecidedConnections}; the bytes of the
 * other connections are dropped as they come, so memory stays bounded.
 */
public final class WebSocketFanOut implements TcpStreamListener {
    /** Gives each WebSocket conversation, once it is recognised, the dissector its bytes go to. */
    @FunctionalInterface
    public interface Opener {
        Dissector opened(TcpConnection connection);
    }

    private final int serverPort;
    private final Opener opener;
    private final Consumer<CaptureNotice> notices;
    private final UndecidedConnections undecided = new UndecidedConnections();
    private final Map<TcpConnection, Dissector> chosen = new HashMap<>();
    private final List<Dissector> inOrder = new ArrayList<>();
    private long firstTimestampNanos;
    private int connections;

    /** @param serverPort the server port the user named (0: none) */
    public WebSocketFanOut(int serverPort, Opener opener, Consumer<CaptureNotice> notices) {
        this.serverPort = serverPort;
        this.opener = opener;
        this.notices = notices;
    }

    /** How many TCP connections the capture held so far. */
    public int connections() {
        return connections;
    }

    /** How many of them were WebSocket conversations. */
    public int webSocketConversations() {
        return inOrder.size();
    }

    /** The time of the capture's first TCP packet (what relative times count from), 0 before any. */
    public long firstTimestampNanos() {
        return firstTimestampNanos;
    }

    /** Ends every conversation's dissector: a frame in progress is reported truncated. */
    public void finish() {
        inOrder.forEach(Dissector::finish);
    }

    @Override
    public void opened(TcpConnection c) {
        if (connections++ == 0) {
            firstTimestampNanos = c.firstTimestampNanos();
        }
        if (serverPort > 0 && c.server().port() == serverPort) {
            choose(c, null);
        } else {
            undecided.watch(c);
        }
    }

    @Override
    public void data(TcpConnection c, Direction d, long ts, byte[] bytes, int offset, int length) {
        Dissector dissector = chosen.get(c);
        if (dissector != null) {
            dissector.accept(d, ts, bytes, offset, length);
            return;
        }
        List<StreamPiece> held = undecided.data(c, d, ts, bytes, offset, length);
        if (held != null) {
            choose(c, held);
        }
    }

    @Override
    public void gap(TcpConnection c, Direction d, long ts, long streamOffset, long length) {
        if (chosen.containsKey(c) || undecided.watching(c)) {
            notices.accept(CaptureNotice.of("tcp.gap", -1, c.stream(), d.code(), length, streamOffset));
        }
        route(c, new StreamPiece.Gap(d, ts, streamOffset, length));
    }

    @Override
    public void event(TcpConnection c, Direction d, long ts, ConnectionEvent event) {
        route(c, new StreamPiece.Event(d, ts, event));
    }

    @Override
    public void notice(CaptureNotice notice) {
        notices.accept(notice);
    }

    private void route(TcpConnection c, StreamPiece piece) {
        Dissector dissector = chosen.get(c);
        if (dissector != null) {
            piece.feed(dissector);
        } else {
            undecided.hold(c, piece);
        }
    }

    /** @param held what was held of it until it proved WebSocket (null: chosen by its port, nothing held) */
    private void choose(TcpConnection c, List<StreamPiece> held) {
        Dissector dissector = opener.opened(c);
        chosen.put(c, dissector);
        inOrder.add(dissector);
        if (held != null) {
            held.forEach(p -> p.feed(dissector));
        }
    }
}
