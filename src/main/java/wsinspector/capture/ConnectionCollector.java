package wsinspector.capture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wsinspector.capture.packet.CaptureNotice;
import wsinspector.capture.packet.TcpConnection;
import wsinspector.capture.packet.TcpStreamListener;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.ConnectionEvent;
import wsinspector.dissect.Direction;

/**
 * Keeps every reassembled TCP connection of a capture as a {@link CapturedConnection}, copying the bytes,
 * and tells WebSocket connections from the others by the upgrade request at the start of the client's
 * stream (or by the server port the user named).
 */
final class ConnectionCollector implements TcpStreamListener {
    private final int serverPort;
    private final Map<TcpConnection, Building> building = new HashMap<>();
    private final List<Building> inOrder = new ArrayList<>();
    private final List<CaptureNotice> notices = new ArrayList<>();

    private static final class Building {
        final TcpConnection connection;
        final List<StreamPiece> pieces = new ArrayList<>();
        final UpgradeSniffer sniffer = new UpgradeSniffer();

        Building(TcpConnection connection) {
            this.connection = connection;
        }
    }

    ConnectionCollector(int serverPort) {
        this.serverPort = serverPort;
    }

    @Override
    public void opened(TcpConnection connection) {
        Building b = new Building(connection);
        building.put(connection, b);
        inOrder.add(b);
    }

    @Override
    public void data(TcpConnection connection, Direction direction, long timestampNanos, byte[] bytes, int offset,
                     int length) {
        Building b = building.get(connection);
        byte[] copy = java.util.Arrays.copyOfRange(bytes, offset, offset + length);
        b.pieces.add(new StreamPiece.Data(new Chunk(direction, timestampNanos, copy)));
        if (direction == Direction.CLIENT_TO_SERVER) {
            b.sniffer.add(bytes, offset, length);
        }
    }

    @Override
    public void gap(TcpConnection connection, Direction direction, long timestampNanos, long streamOffset, long length) {
        building.get(connection).pieces.add(new StreamPiece.Gap(direction, timestampNanos, streamOffset, length));
        notices.add(CaptureNotice.of("tcp.gap", -1, connection.stream(), direction.code(), length, streamOffset));
    }

    @Override
    public void event(TcpConnection connection, Direction direction, long timestampNanos, ConnectionEvent event) {
        building.get(connection).pieces.add(new StreamPiece.Event(direction, timestampNanos, event));
    }

    @Override
    public void notice(CaptureNotice notice) {
        notices.add(notice);
    }

    List<CaptureNotice> notices() {
        return notices;
    }

    List<CapturedConnection> connections() {
        List<CapturedConnection> out = new ArrayList<>(inOrder.size());
        for (Building b : inOrder) {
            TcpConnection c = b.connection;
            out.add(new CapturedConnection(c.stream(), c.client(), c.server(), c.firstTimestampNanos(),
                    isWebSocket(b), b.pieces));
        }
        return out;
    }

    private boolean isWebSocket(Building b) {
        return serverPort > 0 && b.connection.server().port() == serverPort
                || b.sniffer.end() == UpgradeSniffer.Verdict.WEBSOCKET;
    }
}
