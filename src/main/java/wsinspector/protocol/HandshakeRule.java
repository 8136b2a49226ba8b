package wsinspector.protocol;

/**
 * The rules of the RFC 6455 opening handshake that a request or response head can break
 * (RFC 6455 §4.1, §4.2.1, §4.4, §11.3), plus the HTTP framing they rest on (RFC 7230).
 * Request rules are what a server checks (§4.2.1), response rules what a client checks (§4.1).
 */
public enum HandshakeRule implements Rule {
    REQUEST_METHOD_NOT_GET("RFC 6455 §4.2.1"),
    REQUEST_HTTP_VERSION("RFC 6455 §4.2.1"),
    REQUEST_TARGET_INVALID("RFC 6455 §4.1"),
    REQUEST_HOST_MISSING("RFC 6455 §4.2.1"),
    REQUEST_UPGRADE_MISSING("RFC 6455 §4.2.1"),
    REQUEST_CONNECTION_MISSING_UPGRADE("RFC 6455 §4.2.1"),
    REQUEST_KEY_MISSING("RFC 6455 §4.2.1"),
    REQUEST_KEY_INVALID("RFC 6455 §4.2.1"),
    REQUEST_VERSION_MISSING("RFC 6455 §4.2.1"),
    REQUEST_VERSION_UNSUPPORTED("RFC 6455 §4.4"),
    REQUEST_HEADER_REPEATED("RFC 6455 §11.3.1"),
    REQUEST_SUBPROTOCOL_INVALID("RFC 6455 §4.1"),
    REQUEST_SUBPROTOCOL_REPEATED("RFC 6455 §4.1"),
    ORIGIN_MISSING("RFC 6455 §4.1", Severity.INFO),

    RESPONSE_STATUS_NOT_101("RFC 6455 §4.1"),
    RESPONSE_UPGRADE_MISSING("RFC 6455 §4.1"),
    RESPONSE_CONNECTION_MISSING_UPGRADE("RFC 6455 §4.1"),
    RESPONSE_ACCEPT_MISSING("RFC 6455 §4.1"),
    RESPONSE_ACCEPT_MISMATCH("RFC 6455 §4.1"),
    RESPONSE_SUBPROTOCOL_NOT_OFFERED("RFC 6455 §4.1"),
    RESPONSE_EXTENSION_NOT_OFFERED("RFC 6455 §4.1"),
    RESPONSE_HEADER_REPEATED("RFC 6455 §11.3.3"),
    RESPONSE_VERSION_426("RFC 6455 §4.4"),

    HEAD_MALFORMED("RFC 6455 §4.1"),
    HEAD_BARE_LF("RFC 7230 §3.5", Severity.WARNING);

    private final String section;
    private final Severity severity;

    HandshakeRule(String section) {
        this(section, Severity.ERROR);
    }

    HandshakeRule(String section, Severity severity) {
        this.section = section;
        this.severity = severity;
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
