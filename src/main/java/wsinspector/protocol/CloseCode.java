package wsinspector.protocol;

import java.util.Optional;

/**
 * The close status codes with a name (RFC 6455 §7.4.1 and the IANA "WebSocket Close Code Number" registry,
 * which added 1012-1014).
 */
public enum CloseCode {
    NORMAL_CLOSURE(1000),
    GOING_AWAY(1001),
    PROTOCOL_ERROR(1002),
    UNSUPPORTED_DATA(1003),
    /** Reserved; its meaning might be defined in the future (RFC 6455 §7.4.1). */
    RESERVED_1004(1004),
    /** Never sent: stands for "the close frame had no status code" (RFC 6455 §7.4.1). */
    NO_STATUS_RECEIVED(1005),
    /** Never sent: stands for "the connection was closed without a close frame" (RFC 6455 §7.4.1). */
    ABNORMAL_CLOSURE(1006),
    INVALID_PAYLOAD_DATA(1007),
    POLICY_VIOLATION(1008),
    MESSAGE_TOO_BIG(1009),
    MANDATORY_EXTENSION(1010),
    INTERNAL_ERROR(1011),
    SERVICE_RESTART(1012),
    TRY_AGAIN_LATER(1013),
    BAD_GATEWAY(1014),
    /** Never sent: stands for "the TLS handshake failed" (RFC 6455 §7.4.1). */
    TLS_HANDSHAKE(1015);

    private final int code;

    CloseCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<CloseCode> of(int code) {
        if (code < 1000 || code > 1015) {
            return Optional.empty();
        }
        return Optional.of(values()[code - 1000]);
    }

    /**
     * Whether an endpoint may put this code in a close frame, by the rule the Autobahn test suite applies
     * (RFC 6455 §7.4.1, §7.4.2): 1000-1003, 1007-1014 and 3000-4999. 1004 is reserved, 1005, 1006 and 1015 must
     * never be sent, 1016-2999 are unassigned protocol codes, 0-999 are unused.
     */
    public static boolean isAllowedOnWire(int code) {
        return (code >= 1000 && code <= 1003)
                || (code >= 1007 && code <= 1014)
                || (code >= 3000 && code <= 4999);
    }

    /**
     * The range the code falls in (RFC 6455 §7.4.2): "unused" (0-999), "protocol" (1000-2999),
     * "registered" (3000-3999, IANA registry), "private" (4000-4999), "invalid" (anything else).
     */
    public static String range(int code) {
        if (code >= 0 && code <= 999) {
            return "unused";
        } else if (code >= 1000 && code <= 2999) {
            return "protocol";
        } else if (code >= 3000 && code <= 3999) {
            return "registered";
        } else if (code >= 4000 && code <= 4999) {
            return "private";
        }
        return "invalid";
    }
}
