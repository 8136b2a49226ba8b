package wsinspector.dissect;

import java.util.List;
import java.util.Locale;

import wsinspector.protocol.HeaderLine;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.Rule;

/**
 * Whether the start of a dissection looks like a WebSocket conversation at all: input with no handshake
 * whose messages are mostly broken (random bytes, an image, a text file read as frames) is not one, nor is
 * ordinary HTTP (a page fetched, with no word of WebSocket in its head), and a person should be told so before
 * any frame is shown with confidence (an HTTP GET read as a handshake breaks four of its rules).
 *
 * @param broken    how many of the messages looked at break a rule as an error, or could not be decoded
 * @param total     how many messages were looked at
 * @param plainHttp the start line of the first HTTP head when the input is ordinary HTTP, not a WebSocket
 *                  handshake (e.g. {@code GET /index.html HTTP/1.1}); null otherwise
 */
public record WebSocketLikeness(boolean looksLikeWebSocket, int broken, int total, String plainHttp) {
    /** How many messages at the start are enough to judge. */
    public static final int MESSAGES_LOOKED_AT = 64;

    public static WebSocketLikeness of(List<Message> first) {
        int broken = 0;
        int total = 0;
        for (Message m : first) {
            if (m instanceof HandshakeMessage h) {
                return isPlainHttp(h.head()) ? new WebSocketLikeness(false, 0, 0, h.head().startLine())
                        : new WebSocketLikeness(true, 0, 0, null);
            }
            if (m instanceof GapMessage || m instanceof ConnectionEventMessage) {
                continue;
            }
            total++;
            if (m instanceof UndecodedBytes || m.problems().stream().anyMatch(p -> p.severity() == Rule.Severity.ERROR)) {
                broken++;
            }
        }
        return new WebSocketLikeness(total == 0 || broken * 2 <= total, broken, total, null);
    }

    /**
     * An HTTP head that says nothing of WebSocket: no {@code Upgrade: websocket}, no 101 answer, and no header of the
     * WebSocket handshakes ({@code Sec-WebSocket-*}, hixie-75's {@code WebSocket-*}). A handshake that lacks only some
     * of these (a lesson's request without Upgrade, a refusal naming the versions it speaks) stays a broken handshake.
     */
    static boolean isPlainHttp(HttpHead head) {
        if (head == null || head.hasToken("Upgrade", "websocket") || !head.isRequest() && head.statusCode() == 101) {
            return false;
        }
        for (HeaderLine line : head.headers()) {
            String name = line.name().toLowerCase(Locale.ROOT);
            if (name.startsWith("sec-websocket-") || name.startsWith("websocket-")) {
                return false;
            }
        }
        return true;
    }
}
