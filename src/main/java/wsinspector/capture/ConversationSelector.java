package wsinspector.capture;

import java.util.List;
import java.util.function.Consumer;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.capture.packet.TcpConnection;
import wsinspector.capture.packet.TcpStreamListener;
import wsinspector.dissect.ConnectionEvent;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;

/**
 * Streams one TCP connection of a capture into a dissector as it is reassembled: the one numbered
 * {@code stream}, or, when none is named, the first connection found to be WebSocket (its upgrade
 * request, or its server port named by the user). Until a connection is known to be WebSocket or not,
 * its first bytes wait in {@link UndecidedConnections}; the others are dropped as they come.
 */
public final class ConversationSelector implements TcpStreamListener {
    private final int stream;
    private final int serverPort;
    private final Dissector dissector;
    private final Consumer<CaptureNotice> notices;
    private final UndecidedConnections undecided = new UndecidedConnections();
    private TcpConnection chosen;
    private int connections;

    /**
     * @param stream     the {@code tcp.stream} number to pick, or -1 for the first WebSocket conversation
     * @param serverPort the server port the user named (0: none)
     */
    public ConversationSelector(int stream, int serverPort, Dissector dissector, Consumer<CaptureNotice> notices) {
        this.stream = stream;
        this.serverPort = serverPort;
        this.dissector = dissector;
        this.notices = notices;
    }

    /** The connection picked, or null when the capture held none that fits. */
    public TcpConnection chosen() {
        return chosen;
    }

    /** How many TCP connections the capture held. */
    public int connections() {
        return connections;
    }

    @Override
    public void opened(TcpConnection c) {
        connections++;
        if (chosen != null) {
            return;
        }
        if (stream >= 0 ? c.stream() == stream : serverPort > 0 && c.server().port() == serverPort) {
            chosen = c;
            undecided.clear();
        } else if (stream < 0) {
            undecided.watch(c);
        }
    }

    @Override
    public void data(TcpConnection c, Direction d, long ts, byte[] bytes, int offset, int length) {
        if (c == chosen) {
            dissector.accept(d, ts, bytes, offset, length);
            return;
        }
        List<StreamPiece> held = undecided.data(c, d, ts, bytes, offset, length);
        if (held != null) {
            chosen = c;
            undecided.clear();
            held.forEach(p -> p.feed(dissector));
        }
    }

    @Override
    public void gap(TcpConnection c, Direction d, long ts, long streamOffset, long length) {
        if (c == chosen || undecided.watching(c)) {
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
        if (c == chosen) {
            piece.feed(dissector);
        } else {
            undecided.hold(c, piece);
        }
    }
}
