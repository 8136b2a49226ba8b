package wsinspector.legacy;

import wsinspector.protocol.Rule;

/**
 * The rules of the pre-RFC WebSocket protocol (draft-hixie-thewebsocketprotocol-75 and -76,
 * the latter identical to draft-ietf-hybi-thewebsocketprotocol-00) that bytes can break.
 * Sections name draft 76 unless the rule only exists in draft 75.
 */
public enum LegacyRule implements Rule {
    // Framing (draft-hixie-76 §4.2 client side, §5.3 server side)
    TEXT_INVALID_UTF8("legacy-text-invalid-utf8", "draft-hixie-76 §5.3",
            "A frame of type 0x00 carries UTF-8 text, and these bytes are not valid UTF-8."),
    TEXT_UNTERMINATED("legacy-text-unterminated", "draft-hixie-76 §5.3",
            "A text frame ends with a 0xFF byte, but the stream ended before it."),
    LENGTH_TRUNCATED("legacy-length-truncated", "draft-hixie-76 §5.3",
            "A length-prefixed frame carries as many bytes as its length says, but the stream ended first."),
    LENGTH_TOO_LARGE("legacy-length-too-large", "draft-hixie-76 §5.3",
            "The length of a length-prefixed frame is above 2^31 or uses more than 9 bytes, more than any peer accepts."),
    UNKNOWN_FRAME_TYPE("legacy-unknown-frame-type", "draft-hixie-76 §5.3",
            "Only type 0x00 (text) and the closing 0xFF 0x00 are defined; a frame of any other type is read and discarded.",
            Severity.WARNING),
    CLOSE_AFTER_CLOSE("legacy-close-after-close", "draft-hixie-76 §4.2",
            "After the closing handshake 0xFF 0x00 a peer sends no further frames."),

    // Opening handshake, keys (draft-hixie-76 §4.1 client, §5.2 server)
    KEY_MISSING("legacy-key-missing", "draft-hixie-76 §5.1",
            "A draft 76 request carries both Sec-WebSocket-Key1 and Sec-WebSocket-Key2."),
    KEY_NO_SPACES("legacy-key-no-spaces", "draft-hixie-76 §5.2",
            "A key contains at least one space, the divisor of its number; a server aborts on a key without spaces."),
    KEY_NOT_DIVISIBLE("legacy-key-not-divisible", "draft-hixie-76 §5.2",
            "The number formed by the digits of a key is an exact multiple of its count of spaces; otherwise a server aborts."),
    KEY_OUT_OF_RANGE("legacy-key-out-of-range", "draft-hixie-76 §4.1",
            "The number of a key divided by its spaces fits in 32 bits, since it is sent as a big-endian 32-bit integer."),
    KEY3_MISSING("legacy-key3-missing", "draft-hixie-76 §4.1",
            "A draft 76 request is followed, after the blank line, by 8 random bytes (key3)."),
    ORIGIN_MISSING("legacy-origin-missing", "draft-hixie-76 §4.1",
            "The request names its Origin, and the response echoes it in Sec-WebSocket-Origin."),
    LOCATION_MISSING("legacy-location-missing", "draft-hixie-76 §5.2",
            "The response names the WebSocket URL in Sec-WebSocket-Location."),
    HOST_MISSING("legacy-host-missing", "draft-hixie-76 §4.1",
            "The request names the server in a Host header."),
    UPGRADE_INVALID("legacy-upgrade-invalid", "draft-hixie-76 §4.1",
            "The handshake carries exactly \"Upgrade: WebSocket\" (the client compares it byte for byte)."),
    CONNECTION_INVALID("legacy-connection-invalid", "draft-hixie-76 §4.1",
            "The handshake carries exactly \"Connection: Upgrade\" (the client compares it byte for byte)."),
    RESPONSE_SHORT("legacy-response-short", "draft-hixie-76 §4.1",
            "The server's response is followed by the 16 bytes of the MD5 challenge response, but fewer arrived."),
    RESPONSE_MISMATCH("legacy-response-mismatch", "draft-hixie-76 §4.1",
            "The 16 bytes after the response equal MD5(key1 number, key2 number, key3); a client fails the connection otherwise.");

    private final String id;
    private final String section;
    private final String summary;
    private final Severity severity;

    LegacyRule(String id, String section, String summary) {
        this(id, section, summary, Severity.ERROR);
    }

    LegacyRule(String id, String section, String summary, Severity severity) {
        this.id = id;
        this.section = section;
        this.summary = summary;
        this.severity = severity;
    }

    @Override public String id() { return id; }
    @Override public String section() { return section; }
    @Override public String summary() { return summary; }
    @Override public Severity severity() { return severity; }
}
