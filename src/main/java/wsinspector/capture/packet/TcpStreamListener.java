package wsinspector.capture.packet;

import wsinspector.dissect.ConnectionEvent;
import wsinspector.dissect.Direction;

/**
 * Receives reassembled TCP connections: each connection once when its first packet is seen (numbered as
 * Wireshark's {@code tcp.stream}), then its bytes in stream order per direction, the bytes that were never
 * captured as gaps, and its SYN, FIN and RST. Byte arrays are the reader's buffers, valid only during
 * the call.
 */
public interface TcpStreamListener {
    void opened(TcpConnection connection);

    /** Bytes that follow the last bytes (or gap) of this direction without a hole. */
    void data(TcpConnection connection, Direction direction, long timestampNanos, byte[] bytes, int offset, int length);

    /** {@code length} bytes at stream offset {@code streamOffset} that the capture does not hold. */
    void gap(TcpConnection connection, Direction direction, long timestampNanos, long streamOffset, long length);

    void event(TcpConnection connection, Direction direction, long timestampNanos, ConnectionEvent event);

    /** Something the file reader or the reassembly could not read. */
    default void notice(CaptureNotice notice) {
    }
}
