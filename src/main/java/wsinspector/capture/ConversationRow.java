package wsinspector.capture;

import wsinspector.capture.packet.Endpoint;

/**
 * One line of {@code decode --list}: a TCP connection of a capture, numbered as Wireshark's {@code tcp.stream}.
 *
 * @param protocol   {@code websocket}, {@code hixie-76}, {@code hixie-75}; for a connection that is none, {@code http}
 *                   when its client sent an HTTP request line (a page fetched), else {@code tcp}
 * @param messages   its WebSocket messages (handshakes and frames), 0 for one that is no WebSocket conversation
 * @param bytes      the TCP payload bytes it carried, both directions
 * @param startNanos the time of its first packet
 */
public record ConversationRow(int stream, Endpoint client, Endpoint server, String protocol, long messages, long bytes,
                              long startNanos) {
}
