package wsinspector.net;

import java.util.Objects;

import wsinspector.dissect.Chunk;
import wsinspector.protocol.Phrase;

/** What a {@link WireTap} delivers: connections opening and closing, and the bytes in between. */
public sealed interface TapEvent {

    /**
     * A TCP connection was opened (accepted by the server or proxy, or connected by the client).
     *
     * @param connection the connection's id, unique among its source's connections in the tap (see
     *                   {@link WireTap#nextConnectionId}): a connection is named by its source and id together
     * @param peer       the other end, e.g. {@code 127.0.0.1:54321}
     * @param timeNanos  wall-clock time in nanoseconds since the epoch
     */
    record Opened(long connection, Source source, String peer, long timeNanos) implements TapEvent {
    }

    /**
     * Bytes that crossed the socket, exactly as one read or write moved them. The chunk's direction is the
     * WebSocket direction (client to server, server to client), whoever recorded it.
     */
    record Bytes(long connection, Source source, Chunk chunk) implements TapEvent {
        public Bytes {
            Objects.requireNonNull(chunk, "chunk");
        }
    }

    /**
     * The TCP connection was closed.
     *
     * @param closeCode the status code of the close frame that started the closing handshake (RFC 6455 §7.1.5),
     *                  -1 when there was none (a legacy connection, a refused handshake, a lost connection)
     * @param reason    what ended the connection, as words to say in the reader's language: the close frame's reason
     *                  as the peer sent it ({@code net.conn.reason}), or why it ended without one; null when nothing
     *                  said why
     */
    record Closed(long connection, Source source, int closeCode, Phrase reason, long timeNanos) implements TapEvent {
    }

    /** {@code count} events were dropped here because the tap's queue was full (a listener was too slow). */
    record Dropped(long count) implements TapEvent {
    }
}
