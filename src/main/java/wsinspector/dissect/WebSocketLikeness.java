package wsinspector.dissect;

import java.util.List;

import wsinspector.protocol.Rule;

/**
 * Whether the start of a dissection looks like a WebSocket conversation at all: input with no handshake
 * whose messages are mostly broken (random bytes, an image, a text file read as frames) is not one, and a
 * person should be told so before any frame is shown with confidence.
 *
 * @param broken how many of the messages looked at break a rule as an error, or could not be decoded
 * @param total  how many messages were looked at
 */
public record WebSocketLikeness(boolean looksLikeWebSocket, int broken, int total) {
    /** How many messages at the start are enough to judge. */
    public static final int MESSAGES_LOOKED_AT = 64;

    public static WebSocketLikeness of(List<Message> first) {
        int broken = 0;
        int total = 0;
        for (Message m : first) {
            if (m instanceof HandshakeMessage) {
                return new WebSocketLikeness(true, 0, 0);
            }
            if (m instanceof GapMessage || m instanceof ConnectionEventMessage) {
                continue;
            }
            total++;
            if (m instanceof UndecodedBytes || m.problems().stream().anyMatch(p -> p.severity() == Rule.Severity.ERROR)) {
                broken++;
            }
        }
        return new WebSocketLikeness(total == 0 || broken * 2 <= total, broken, total);
    }
}
