package wsinspector.capture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.capture.packet.TcpConnection;
import wsinspector.capture.packet.TcpStreamListener;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.ConnectionEvent;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;

/**
 * Streams one TCP connection of a capture into a dissector as it is reassembled: the one numbered
 * {@code stream}, or, when none is named, the first connection found to be WebSocket (its upgrade
 * request, or its server port named by the user). Until a connection is known to be WebSocket or not,
 * its first bytes wait here (at most {@value #HELD_BYTES} of them); the others are dropped as they come.
 */
public final class ConversationSelector implements TcpStreamListener {
    private static final int HELD_BYTES = 64 * 1024;

    private final int stream;
    private final int serverPort;
    private final Dissector dissector;
    private final Consumer<CaptureNotice> notices;
    private final Map<TcpConnection, Candidate> candidates = new HashMap<>();
    private TcpConnection chosen;
    private int connections;

    private static final class Candidate {
        final UpgradeSniffer sniffer = new UpgradeSniffer();
        final List<StreamPiece> held = new ArrayList<>();
        long heldBytes;
    }

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
            candidates.clear();
        } else if (stream < 0) {
            candidates.put(c, new Candidate());
        }
    }

    @Override
    public void data(TcpConnection c, Direction d, long ts, byte[] bytes, int offset, int length) {
        if (c == chosen) {
            dissector.accept(d, ts, bytes, offset, length);
            return;
        }
        Candidate candidate = candidates.get(c);
        if (candidate == null) {
            return;
        }
        byte[] copy = java.util.Arrays.copyOfRange(bytes, offset, offset + length);
        candidate.held.add(new StreamPiece.Data(new Chunk(d, ts, copy)));
        candidate.heldBytes += length;
        UpgradeSniffer.Verdict verdict = d == Direction.CLIENT_TO_SERVER ? candidate.sniffer.add(bytes, offset, length)
                : candidate.sniffer.verdict();
        if (verdict == UpgradeSniffer.Verdict.WEBSOCKET) {
            choose(c, candidate);
        } else if (verdict == UpgradeSniffer.Verdict.OTHER || candidate.heldBytes > HELD_BYTES) {
            candidates.remove(c);
        }
    }

    @Override
    public void gap(TcpConnection c, Direction d, long ts, long streamOffset, long length) {
        if (c == chosen || candidates.containsKey(c)) {
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
        } else if (candidates.containsKey(c)) {
            candidates.get(c).held.add(piece);
        }
    }

    private void choose(TcpConnection c, Candidate candidate) {
        chosen = c;
        candidates.clear();
        candidate.held.forEach(p -> p.feed(dissector));
    }
}
