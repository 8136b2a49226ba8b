package wsinspector.protocol;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The RFC 6455 opening handshake (§4): the exact bytes of requests and responses, and the checks
 * of heads already parsed by {@link HttpHeadParser} (building, parsing and judging are separate steps).
 * Problem offsets are {@code headOffset} (where the head starts in its stream) plus the offset of
 * the offending line or value; a missing field is reported at the last byte of the head.
 */
public final class OpeningHandshake {

    private static final String CRLF = "\r\n";

    private OpeningHandshake() {
    }

    /**
     * The client's request (RFC 6455 §4.1), fields in the order of the course notes' example, so a
     * lecturer can send it line for line (the order means nothing to the protocol): Host, Origin,
     * Connection, Upgrade, Sec-WebSocket-Key, Sec-WebSocket-Version, Sec-WebSocket-Protocol,
     * Sec-WebSocket-Extensions, then the extra ones.
     */
    public static byte[] buildRequest(HandshakeRequestSpec spec) {
        StringBuilder sb = new StringBuilder();
        sb.append("GET ").append(spec.path()).append(" HTTP/1.1").append(CRLF);
        field(sb, "Host", spec.host());
        if (spec.origin() != null) {
            field(sb, "Origin", spec.origin());
        }
        field(sb, "Connection", "Upgrade");
        field(sb, "Upgrade", "websocket");
        field(sb, "Sec-WebSocket-Key", spec.key());
        field(sb, "Sec-WebSocket-Version", Integer.toString(spec.version()));
        if (!spec.subprotocols().isEmpty()) {
            field(sb, "Sec-WebSocket-Protocol", String.join(", ", spec.subprotocols()));
        }
        if (!spec.extensions().isEmpty()) {
            field(sb, "Sec-WebSocket-Extensions", String.join(", ", spec.extensions()));
        }
        for (Map.Entry<String, String> extra : spec.extraHeaders()) {
            field(sb, extra.getKey(), extra.getValue());
        }
        return sb.append(CRLF).toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The server's acceptance (RFC 6455 §4.2.2 item 5); null leaves out the subprotocol or extensions field. */
    public static byte[] buildResponse(String key, String subprotocolOrNull, String extensionsOrNull) {
        StringBuilder sb = new StringBuilder("HTTP/1.1 101 Switching Protocols").append(CRLF);
        field(sb, "Upgrade", "websocket");
        field(sb, "Connection", "Upgrade");
        field(sb, "Sec-WebSocket-Accept", SecWebSocketAccept.of(key));
        if (subprotocolOrNull != null) {
            field(sb, "Sec-WebSocket-Protocol", subprotocolOrNull);
        }
        if (extensionsOrNull != null) {
            field(sb, "Sec-WebSocket-Extensions", extensionsOrNull);
        }
        return sb.append(CRLF).toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The answer to a request for a version other than 13 (RFC 6455 §4.4). */
    public static byte[] buildUpgradeRequired() {
        String head = "HTTP/1.1 426 Upgrade Required" + CRLF
                + "Sec-WebSocket-Version: 13" + CRLF
                + "Content-Length: 0" + CRLF
                + "Connection: close" + CRLF + CRLF;
        return head.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The answer to a request that is not a valid handshake (RFC 6455 §4.2.1): 400 with {@code reason} as text. */
    public static byte[] buildBadRequest(String reason) {
        byte[] body = ((reason == null ? "" : reason) + "\n").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 400 Bad Request" + CRLF
                + "Content-Type: text/plain; charset=utf-8" + CRLF
                + "Content-Length: " + body.length + CRLF
                + "Connection: close" + CRLF + CRLF;
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** The server's checks of a request head (RFC 6455 §4.2.1); the head starts at {@code headOffset} in its stream. */
    public static List<Problem> validateRequest(HttpHead head, long headOffset) {
        return new RequestValidator(head, headOffset).run().problems();
    }

    /**
     * The client's checks of a response head (RFC 6455 §4.1). With the request unknown (null), the
     * checks that compare with it (accept value, offered subprotocols and extensions) are skipped.
     */
    public static List<Problem> validateResponse(HttpHead head, long headOffset, HttpHead requestOrNull) {
        return new ResponseValidator(head, headOffset, requestOrNull).run().problems();
    }

    /** A head that could not be parsed, as a problem of its stream. */
    public static Problem problemOf(HttpHeadParser.ParseResult.Malformed malformed, long headOffset) {
        return new Problem(HandshakeRule.HEAD_MALFORMED, headOffset + malformed.offset(), null, malformed.reason());
    }

    /** The same for a head read as it arrived ({@link HeadReader}). */
    public static Problem problemOf(HeadReader.Result.Malformed malformed, long headOffset) {
        return new Problem(HandshakeRule.HEAD_MALFORMED, headOffset + malformed.offset(), null, malformed.reason());
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(name).append(": ").append(value).append(CRLF);
    }
}
