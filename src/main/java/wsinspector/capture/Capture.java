package wsinspector.capture;

import java.util.List;
import java.util.Objects;
import wsinspector.capture.packet.CaptureNotice;

/**
 * What an input file held: its conversations and what the readers noticed on the way.
 *
 * @param format              how it was read ({@code pcap}, {@code pcapng}, {@code tcpdump -X}, {@code xxd}, …)
 * @param connections         its conversations; empty for an empty file or one that is no capture
 * @param notices             what could not be read, comments the file carries, what the file seems to be
 * @param hadDirectionMarkers whether a text dump named the directions with {@code # c2s} lines
 */
public record Capture(String format, List<CapturedConnection> connections, List<CaptureNotice> notices,
                      boolean hadDirectionMarkers) {
    public Capture {
        Objects.requireNonNull(format, "format");
        connections = List.copyOf(connections);
        notices = List.copyOf(notices);
    }

    /** The conversation with this stream number, or null. */
    public CapturedConnection stream(int number) {
        for (CapturedConnection c : connections) {
            if (c.stream() == number) {
                return c;
            }
        }
        return null;
    }

    /** The first WebSocket conversation (what opens by default), or null when none is one. */
    public CapturedConnection firstWebSocket() {
        for (CapturedConnection c : connections) {
            if (c.webSocket()) {
                return c;
            }
        }
        return null;
    }

    public List<CapturedConnection> webSocketConnections() {
        return connections.stream().filter(CapturedConnection::webSocket).toList();
    }
}
