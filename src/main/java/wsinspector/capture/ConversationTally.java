package wsinspector.capture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.capture.packet.TcpConnection;
import wsinspector.capture.packet.TcpStreamListener;
import wsinspector.dissect.ConnectionEvent;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.protocol.HandshakeKind;

/**
 * Counts what each TCP connection of a capture carried, as it streams by: each connection has its own
 * dissector whose messages are counted and dropped, so the listing of a big capture holds no messages.
 */
public final class ConversationTally implements TcpStreamListener {
    private final int serverPort;
    private final Consumer<CaptureNotice> notices;
    private final Map<TcpConnection, Counting> counts = new LinkedHashMap<>();

    private static final class Counting {
        final UpgradeSniffer sniffer = new UpgradeSniffer();
        final long[] messages = new long[1];
        final Dissector dissector = new Dissector(m -> {
            if (m.kind() != Message.Kind.GAP && m.kind() != Message.Kind.CONNECTION) {
                messages[0]++;
            }
        });
        long bytes;
    }

    public ConversationTally(int serverPort, Consumer<CaptureNotice> notices) {
        this.serverPort = serverPort;
        this.notices = notices;
    }

    @Override
    public void opened(TcpConnection c) {
        counts.put(c, new Counting());
    }

    @Override
    public void data(TcpConnection c, Direction d, long ts, byte[] bytes, int offset, int length) {
        Counting n = counts.get(c);
        n.bytes += length;
        if (d == Direction.CLIENT_TO_SERVER) {
            n.sniffer.add(bytes, offset, length);
        }
        n.dissector.accept(d, ts, bytes, offset, length);
    }

    @Override
    public void gap(TcpConnection c, Direction d, long ts, long streamOffset, long length) {
        counts.get(c).dissector.gap(d, ts, length);
    }

    @Override
    public void event(TcpConnection c, Direction d, long ts, ConnectionEvent event) {
    }

    @Override
    public void notice(CaptureNotice notice) {
        notices.accept(notice);
    }

    /** The rows, in stream order, once the capture has been read. */
    public List<ConversationRow> rows() {
        List<ConversationRow> rows = new ArrayList<>(counts.size());
        counts.forEach((c, n) -> {
            boolean webSocket = serverPort > 0 && c.server().port() == serverPort
                    || n.sniffer.end() == UpgradeSniffer.Verdict.WEBSOCKET;
            String protocol = "tcp";
            long messages = 0;
            if (webSocket) {
                n.dissector.finish();
                HandshakeKind kind = n.dissector.snapshot(List.of()).protocol();
                protocol = kind == HandshakeKind.HIXIE76 ? "hixie-76" : kind == HandshakeKind.HIXIE75 ? "hixie-75" : "websocket";
                messages = n.messages[0];
            }
            rows.add(new ConversationRow(c.stream(), c.client(), c.server(), protocol, messages, n.bytes,
                    c.firstTimestampNanos()));
        });
        return rows;
    }
}
