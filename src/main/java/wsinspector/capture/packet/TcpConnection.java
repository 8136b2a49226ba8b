package wsinspector.capture.packet;

import wsinspector.dissect.Direction;

/**
 * One TCP connection of a capture: its number (as Wireshark's {@code tcp.stream}: from 0, in order of
 * first packet, every TCP connection counted), its client and server, and the reassembly state of its
 * two directions (owned by {@link TcpReassembler}).
 */
public final class TcpConnection {
    private final int stream;
    private final Endpoint client;
    private final Endpoint server;
    private final long firstTimestampNanos;
    private final boolean sawOpening;
    final TcpHalf toServer = new TcpHalf(Direction.CLIENT_TO_SERVER);
    final TcpHalf toClient = new TcpHalf(Direction.SERVER_TO_CLIENT);
    /** Whether the key's first endpoint is the client (maps a segment's side to a direction). */
    final boolean clientIsKeyFirst;

    TcpConnection(int stream, Endpoint client, Endpoint server, long firstTimestampNanos, boolean sawOpening,
                  boolean clientIsKeyFirst) {
        this.stream = stream;
        this.client = client;
        this.server = server;
        this.firstTimestampNanos = firstTimestampNanos;
        this.sawOpening = sawOpening;
        this.clientIsKeyFirst = clientIsKeyFirst;
    }

    public int stream() {
        return stream;
    }

    public Endpoint client() {
        return client;
    }

    public Endpoint server() {
        return server;
    }

    public long firstTimestampNanos() {
        return firstTimestampNanos;
    }

    /** Whether the capture holds the connection's SYN (else it starts mid-connection and the client is a guess). */
    public boolean sawOpening() {
        return sawOpening;
    }

    TcpHalf half(Direction direction) {
        return direction == Direction.CLIENT_TO_SERVER ? toServer : toClient;
    }

    @Override
    public String toString() {
        return "tcp.stream " + stream + " " + client + " -> " + server;
    }
}
