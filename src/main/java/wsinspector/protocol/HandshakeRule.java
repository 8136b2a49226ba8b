package wsinspector.protocol;

import java.util.Locale;

/**
 * The rules of the RFC 6455 opening handshake that a request or response head can break
 * (RFC 6455 §4.1, §4.2.1, §4.4, §11.3), plus the HTTP framing they rest on (RFC 7230).
 * Request rules are what a server checks (§4.2.1), response rules what a client checks (§4.1).
 */
public enum HandshakeRule implements Rule {
    REQUEST_METHOD_NOT_GET("RFC 6455 §4.2.1", "The opening handshake request must use the method GET."),
    REQUEST_HTTP_VERSION("RFC 6455 §4.2.1", "The opening handshake request must be HTTP/1.1 or later."),
    REQUEST_TARGET_INVALID("RFC 6455 §4.1",
            "The request target must be a resource name starting with / (or an absolute http or https URI) without a fragment."),
    REQUEST_HOST_MISSING("RFC 6455 §4.2.1", "The request must carry a Host header field."),
    REQUEST_UPGRADE_MISSING("RFC 6455 §4.2.1",
            "The request must carry an Upgrade header field holding the token websocket (case-insensitive)."),
    REQUEST_CONNECTION_MISSING_UPGRADE("RFC 6455 §4.2.1",
            "The request's Connection header field must hold the token Upgrade (case-insensitive)."),
    REQUEST_KEY_MISSING("RFC 6455 §4.2.1", "The request must carry a Sec-WebSocket-Key header field."),
    REQUEST_KEY_INVALID("RFC 6455 §4.2.1", "Sec-WebSocket-Key must be the base64 encoding of a 16-byte nonce (24 characters)."),
    REQUEST_VERSION_MISSING("RFC 6455 §4.2.1", "The request must carry a Sec-WebSocket-Version header field."),
    REQUEST_VERSION_UNSUPPORTED("RFC 6455 §4.4",
            "Sec-WebSocket-Version must be 13; a server that does not speak the version answers 426 with Sec-WebSocket-Version: 13."),
    REQUEST_HEADER_REPEATED("RFC 6455 §11.3.1",
            "Sec-WebSocket-Key and Sec-WebSocket-Version must not appear more than once in a request (§11.3.1, §11.3.5)."),
    REQUEST_SUBPROTOCOL_INVALID("RFC 6455 §4.1",
            "Each offered subprotocol must be a non-empty token of characters U+0021 to U+007E without separators."),
    REQUEST_SUBPROTOCOL_REPEATED("RFC 6455 §4.1", "Each subprotocol must be offered only once."),
    ORIGIN_MISSING("RFC 6455 §4.1", "Browsers always send Origin, so a request without it comes from a non-browser client.",
            Severity.INFO),

    RESPONSE_STATUS_NOT_101("RFC 6455 §4.1",
            "Only a 101 Switching Protocols answer opens the WebSocket connection; any other status refuses it."),
    RESPONSE_UPGRADE_MISSING("RFC 6455 §4.1", "The 101 response must carry Upgrade: websocket (case-insensitive)."),
    RESPONSE_CONNECTION_MISSING_UPGRADE("RFC 6455 §4.1",
            "The 101 response's Connection header field must hold the token Upgrade (case-insensitive)."),
    RESPONSE_ACCEPT_MISSING("RFC 6455 §4.1", "The 101 response must carry a Sec-WebSocket-Accept header field."),
    RESPONSE_ACCEPT_MISMATCH("RFC 6455 §4.1",
            "Sec-WebSocket-Accept must be base64(SHA-1(Sec-WebSocket-Key + 258EAFA5-E914-47DA-95CA-C5AB0DC85B11))."),
    RESPONSE_SUBPROTOCOL_NOT_OFFERED("RFC 6455 §4.1",
            "The server may choose at most one subprotocol, and only one that the client offered."),
    RESPONSE_EXTENSION_NOT_OFFERED("RFC 6455 §4.1", "The server may only accept extensions that the client offered."),
    RESPONSE_HEADER_REPEATED("RFC 6455 §11.3.3",
            "Sec-WebSocket-Accept and Sec-WebSocket-Protocol must not appear more than once in a response (§11.3.3, §11.3.4)."),
    RESPONSE_VERSION_426("RFC 6455 §4.4",
            "A 426 Upgrade Required answer must name the versions the server speaks in Sec-WebSocket-Version."),

    HEAD_MALFORMED("RFC 6455 §4.1", "The handshake must be a well-formed HTTP/1.1 message head (RFC 7230 §3)."),
    HEAD_BARE_LF("RFC 7230 §3.5", "HTTP lines end with CRLF; a bare LF is tolerated by many peers but not by all.",
            Severity.WARNING);

    private final String section;
    private final String summary;
    private final Severity severity;

    HandshakeRule(String section, String summary) {
        this(section, summary, Severity.ERROR);
    }

    HandshakeRule(String section, String summary, Severity severity) {
        this.section = section;
        this.summary = summary;
        this.severity = severity;
    }

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
