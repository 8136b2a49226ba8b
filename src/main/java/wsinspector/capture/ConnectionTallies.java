package wsinspector.capture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import wsinspector.capture.packet.CaptureNotice;
import wsinspector.capture.packet.TcpConnection;
import wsinspector.capture.packet.TcpStreamListener;
import wsinspector.dissect.ConnectionEvent;
import wsinspector.dissect.Direction;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.HandshakeMessage;
import wsinspector.dissect.WebSocketLikeness;
import wsinspector.protocol.HandshakeKind;

/**
 * Counts what each TCP connection of a capture carried, as it streams by: each connection has its own counting
 * dissector whose messages are tallied and dropped, so a big capture's summary or listing holds no messages.
 */
public final class ConnectionTallies implements TcpStreamListener {
    private final int serverPort;
    private final Consumer<CaptureNotice> notices;
    private final Map<TcpConnection, Counted> counts = new LinkedHashMap<>();

    private static final class Counted {
        final ConversationTally tally = new ConversationTally();
        final Dissector dissector = new Dissector(tally, tally);
        final UpgradeSniffer sniffer = new UpgradeSniffer();
        long tcpBytes;
    }

    /**
     * @param serverPort the port named with {@code --port}: a connection to it is a WebSocket one, 0 for none
     */
    public ConnectionTallies(int serverPort, Consumer<CaptureNotice> notices) {
        this.serverPort = serverPort;
        this.notices = notices;
    }

    @Override
    public void opened(TcpConnection c) {
        counts.put(c, new Counted());
    }

    @Override
    public void data(TcpConnection c, Direction d, long ts, byte[] bytes, int offset, int length) {
        Counted n = counts.get(c);
        n.tcpBytes += length;
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
        counts.get(c).dissector.connectionEvent(d, ts, event);
    }

    @Override
    public void notice(CaptureNotice notice) {
        notices.accept(notice);
    }

    /** The capture has been read: ends each connection's dissection (a frame cut short is counted now). */
    public void finish() {
        counts.values().forEach(n -> n.dissector.finish());
    }

    /** The tally of each connection that carried any message, by {@code tcp.stream} number. */
    public Map<Integer, ConversationTally> conversations() {
        Map<Integer, ConversationTally> byStream = new TreeMap<>();
        counts.forEach((c, n) -> {
            if (n.tally.messageCount() > 0) {
                byStream.put(c.stream(), n.tally);
            }
        });
        return byStream;
    }

    /** The rows of {@code decode --list}, in stream order. */
    public List<ConversationRow> rows() {
        List<ConversationRow> rows = new ArrayList<>(counts.size());
        counts.forEach((c, n) -> {
            UpgradeSniffer.Verdict sniffed = n.sniffer.end();
            boolean webSocket = serverPort > 0 && c.server().port() == serverPort
                    || sniffed == UpgradeSniffer.Verdict.WEBSOCKET;
            rows.add(new ConversationRow(c.stream(), c.client(), c.server(), protocol(webSocket, sniffed, n.dissector),
                    webSocket ? n.tally.webSocketMessages() : 0, n.tcpBytes, c.firstTimestampNanos()));
        });
        return rows;
    }

    /**
     * The row of {@code decode --list} for a conversation read whole (the text of packets, a HAR, a byte stream).
     *
     * @param signature what the file is when its first bytes say so ({@code png}, {@code zip}…: the code of the
     *                  window's notice), null otherwise: such a file is named so, not {@code websocket} (W9-10)
     */
    static ConversationRow row(CapturedConnection c, int serverPort, FileSignature signature) {
        ConversationTally tally = new ConversationTally();
        HandshakeMessage[] firstHead = new HandshakeMessage[1];
        Dissector dissector = new Dissector(m -> {
            if (firstHead[0] == null && m instanceof HandshakeMessage h) {
                firstHead[0] = h;
            }
            tally.accept(m);
        }, tally);
        c.pieces().forEach(p -> p.feed(dissector));
        dissector.finish();
        if (signature != null) {
            return new ConversationRow(c.stream(), c.client(), c.server(), signature.code(), 0, c.bytes(), c.startNanos());
        }
        // a byte stream of ordinary HTTP is HTTP, as the window and decode say of it (W8-2), not a WebSocket conversation
        boolean plainHttp = firstHead[0] != null && WebSocketLikeness.of(List.of(firstHead[0])).plainHttp() != null;
        boolean webSocket = !plainHttp
                && (c.webSocket() || serverPort > 0 && c.server() != null && c.server().port() == serverPort);
        return new ConversationRow(c.stream(), c.client(), c.server(),
                protocol(webSocket, plainHttp ? UpgradeSniffer.Verdict.HTTP
                        : webSocket ? UpgradeSniffer.Verdict.WEBSOCKET : UpgradeSniffer.of(c.pieces()), dissector),
                webSocket ? tally.webSocketMessages() : 0, c.bytes(), c.startNanos());
    }

    /** A connection that is no WebSocket is named {@code http} when its client spoke HTTP (W9: «tcp» said nothing). */
    private static String protocol(boolean webSocket, UpgradeSniffer.Verdict sniffed, Dissector dissector) {
        if (!webSocket) {
            return sniffed == UpgradeSniffer.Verdict.HTTP ? "http" : "tcp";
        }
        HandshakeKind kind = dissector.snapshot(List.of()).protocol();
        return kind == HandshakeKind.HIXIE76 ? "hixie-76" : kind == HandshakeKind.HIXIE75 ? "hixie-75" : "websocket";
    }
}
