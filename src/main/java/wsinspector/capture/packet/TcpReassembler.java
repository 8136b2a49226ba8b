package wsinspector.capture.packet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wsinspector.dissect.ConnectionEvent;
import wsinspector.dissect.Direction;

/**
 * Puts the TCP segments of a capture back into byte streams, per connection and direction: out-of-order
 * segments wait for the hole before them, retransmissions and overlaps give their new bytes only, and
 * bytes the capture never held become a {@link TcpStreamListener#gap gap} (never invented bytes): when
 * the peer acknowledges past a hole, when too much waits behind it, or when the connection or capture
 * ends. Connections are numbered as Wireshark's {@code tcp.stream}; a new SYN on a finished connection's
 * ports starts a new one.
 */
public final class TcpReassembler implements PacketListener {
    /** Bytes held behind one hole before it is declared lost (a capture that dropped a segment). */
    static final long MAX_HELD_BYTES = 4L << 20;

    private final TcpStreamListener out;
    private final int serverPort;
    private final Map<FlowKey, TcpConnection> connections = new HashMap<>();
    private final List<TcpConnection> inOrder = new ArrayList<>();
    private final FlowKey probe = new FlowKey();
    private final TcpSegment segment = new TcpSegment();
    private int unknownLinkType = -1;
    private int nextStream;

    /**
     * @param serverPort the port of the server for connections caught without their SYN (0: the lower port)
     */
    public TcpReassembler(TcpStreamListener out, int serverPort) {
        this.out = out;
        this.serverPort = serverPort;
    }

    @Override
    public void packet(int linkType, long timestampNanos, byte[] data, int offset, int capturedLength,
                       int originalLength, long fileOffset) {
        int ip = LinkLayer.ipStart(linkType, data, offset, capturedLength);
        if (ip < 0) {
            if (!LinkLayer.isKnown(linkType) && unknownLinkType != linkType) {
                unknownLinkType = linkType;
                out.notice(CaptureNotice.of("capture.unknown-link-type", fileOffset, linkType));
            }
            return;
        }
        TcpSegment s = segment;
        if (!s.parse(data, ip, offset + capturedLength)) {
            return;
        }
        boolean srcFirst = probe.set(s);
        TcpConnection c = connections.get(probe);
        if (c == null || isNewConnection(c, srcFirst, s)) {
            if (c != null) {
                close(c);
            }
            c = open(s, srcFirst, timestampNanos);
        }
        Direction dir = srcFirst == c.clientIsKeyFirst ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT;
        segment(c, c.half(dir), c.half(dir.opposite()), s, data, timestampNanos);
    }

    @Override
    public void notice(CaptureNotice notice) {
        out.notice(notice);
    }

    /** The capture ended: every hole still open is a gap, in the order the connections began. */
    public void finish() {
        for (TcpConnection c : inOrder) {
            flush(c, c.toServer, 0L);
            flush(c, c.toClient, 0L);
        }
        inOrder.clear();
        connections.clear();
    }

    private boolean isNewConnection(TcpConnection c, boolean srcFirst, TcpSegment s) {
        boolean fromClient = srcFirst == c.clientIsKeyFirst;
        TcpHalf half = fromClient ? c.toServer : c.toClient;
        // Port reuse: a SYN whose sequence number is not the one this direction began with.
        return s.has(TcpSegment.SYN) && !s.has(TcpSegment.ACK) && half.synced && half.base != s.seq + 1;
    }

    private TcpConnection open(TcpSegment s, boolean srcFirst, long timestampNanos) {
        boolean srcIsClient;
        boolean opening = s.has(TcpSegment.SYN);
        if (opening) {
            srcIsClient = !s.has(TcpSegment.ACK);
        } else if (serverPort > 0 && (s.dstPort == serverPort || s.srcPort == serverPort)) {
            srcIsClient = s.dstPort == serverPort;
        } else {
            srcIsClient = s.srcPort >= s.dstPort;
        }
        Endpoint src = Endpoint.of(s.ipv6, s.srcHigh, s.srcLow, s.srcPort);
        Endpoint dst = Endpoint.of(s.ipv6, s.dstHigh, s.dstLow, s.dstPort);
        TcpConnection c = new TcpConnection(nextStream++, srcIsClient ? src : dst,
                srcIsClient ? dst : src, timestampNanos, opening, srcIsClient == srcFirst);
        connections.put(probe.copy(), c);
        inOrder.add(c);
        out.opened(c);
        return c;
    }

    private void close(TcpConnection c) {
        flush(c, c.toServer, 0L);
        flush(c, c.toClient, 0L);
        inOrder.remove(c);
    }

    private void segment(TcpConnection c, TcpHalf half, TcpHalf peer, TcpSegment s, byte[] data, long ts) {
        if (s.has(TcpSegment.ACK) && peer.synced && !peer.pending.isEmpty()) {
            long acked = peer.offsetOf(s.ack);
            if (acked > peer.delivered) {
                fillHolesUpTo(c, peer, acked, ts); // the peer received bytes the capture does not hold
            }
        }
        int seq = s.seq;
        if (s.has(TcpSegment.SYN)) {
            if (!half.synSeen) {
                half.synSeen = true;
                half.sync(seq + 1);
                out.event(c, half.direction, ts, s.has(TcpSegment.ACK) ? ConnectionEvent.SYN_ACK : ConnectionEvent.SYN);
            }
            seq++;
        } else if (!half.synced) {
            half.sync(seq);
        }
        if (s.payloadLength > 0) {
            payload(c, half, half.offsetOf(seq), s, data, ts);
        }
        if (s.has(TcpSegment.FIN) && !half.finSeen) {
            half.finSeen = true;
            half.finAt = half.offsetOf(seq) + s.payloadLength;
            out.event(c, half.direction, ts, ConnectionEvent.FIN);
        }
        if (s.has(TcpSegment.RST) && !half.rstSeen) {
            half.rstSeen = true;
            out.event(c, half.direction, ts, ConnectionEvent.RST);
        }
    }

    private void payload(TcpConnection c, TcpHalf half, long start, TcpSegment s, byte[] data, long ts) {
        int from = s.payloadStart;
        int captured = s.payloadCaptured;
        long uncaptured = (long) s.payloadLength - captured;
        if (start == half.delivered && half.pending.isEmpty()) {
            // The fast path: the next bytes, in order, delivered from the reader's buffer without a copy.
            deliver(c, half, data, from, captured, ts);
            if (uncaptured > 0) {
                gap(c, half, uncaptured, ts);
            }
            return;
        }
        long end = start + captured;
        if (captured > 0 && end > half.delivered) {
            long skip = Math.max(0, half.delivered - start);
            long at = start + skip;
            byte[] copy = java.util.Arrays.copyOfRange(data, from + (int) skip, from + captured);
            half.hold(at, new TcpHalf.Piece(copy, copy.length));
        }
        if (uncaptured > 0 && end + uncaptured > half.delivered) {
            long at = Math.max(end, half.delivered);
            half.hold(at, new TcpHalf.Piece(null, end + uncaptured - at));
        }
        drain(c, half, ts);
        if (half.pendingBytes > MAX_HELD_BYTES) {
            fillHolesUpTo(c, half, half.pending.firstKey() + 1, ts);
        }
    }

    /** Delivers what waits right at the delivered offset, trimming what earlier segments already gave. */
    private void drain(TcpConnection c, TcpHalf half, long ts) {
        while (!half.pending.isEmpty() && half.pending.firstKey() <= half.delivered) {
            Map.Entry<Long, TcpHalf.Piece> e = half.takeFirst();
            long start = e.getKey();
            TcpHalf.Piece piece = e.getValue();
            long end = start + piece.length();
            if (end <= half.delivered) {
                continue;
            }
            int skip = (int) (half.delivered - start);
            if (piece.bytes() == null) {
                gap(c, half, end - half.delivered, ts);
            } else {
                deliver(c, half, piece.bytes(), skip, piece.bytes().length - skip, ts);
            }
        }
    }

    /** Declares the holes before {@code offset} lost: each becomes a gap, and what waited behind it goes on. */
    private void fillHolesUpTo(TcpConnection c, TcpHalf half, long offset, long ts) {
        while (!half.pending.isEmpty() && half.pending.firstKey() < offset) {
            long next = half.pending.firstKey();
            if (next > half.delivered) {
                gap(c, half, next - half.delivered, ts);
            }
            drain(c, half, ts);
        }
    }

    /** The connection or capture ends: every hole is a gap, and so are bytes missing before the FIN. */
    private void flush(TcpConnection c, TcpHalf half, long ts) {
        fillHolesUpTo(c, half, Long.MAX_VALUE, ts);
        if (half.finAt > half.delivered) {
            gap(c, half, half.finAt - half.delivered, ts);
        }
    }

    private void deliver(TcpConnection c, TcpHalf half, byte[] bytes, int offset, int length, long ts) {
        if (length > 0) {
            out.data(c, half.direction, ts, bytes, offset, length);
            half.delivered += length;
        }
    }

    private void gap(TcpConnection c, TcpHalf half, long length, long ts) {
        out.gap(c, half.direction, ts, half.delivered, length);
        half.delivered += length;
    }
}
