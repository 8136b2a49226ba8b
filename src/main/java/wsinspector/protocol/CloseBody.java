package wsinspector.protocol;

import java.nio.charset.StandardCharsets;

/**
 * The body of a close frame (RFC 6455 §5.5.1): a 2-byte big-endian code, then a UTF-8 reason.
 *
 * @param code   the code, or 1005 (no status received, §7.1.5) when the body holds fewer than 2 bytes
 * @param reason the reason as text (bytes that are not UTF-8 become U+FFFD), "" when there is none
 */
public record CloseBody(int code, String reason) {

    /** Reads a close frame's unmasked payload; never throws. */
    public static CloseBody of(byte[] body) {
        if (body.length < 2) {
            return new CloseBody(CloseCode.NO_STATUS_RECEIVED.code(), "");
        }
        int code = ((body[0] & 0xFF) << 8) | (body[1] & 0xFF);
        return new CloseBody(code, new String(body, 2, body.length - 2, StandardCharsets.UTF_8));
    }

    /** Whether the body carries a code at all (at least 2 bytes). */
    public static boolean hasCode(byte[] body) {
        return body.length >= 2;
    }
}
