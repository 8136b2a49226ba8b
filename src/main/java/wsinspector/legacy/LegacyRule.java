package wsinspector.legacy;

import wsinspector.protocol.Rule;

/**
 * The rules of the pre-RFC WebSocket protocol (draft-hixie-thewebsocketprotocol-75 and -76,
 * the latter identical to draft-ietf-hybi-thewebsocketprotocol-00) that bytes can break.
 * Sections name draft 76 unless the rule only exists in draft 75.
 */
public enum LegacyRule implements Rule {
    // Framing (draft-hixie-76 §4.2 client side, §5.3 server side)
    TEXT_INVALID_UTF8("legacy-text-invalid-utf8", "draft-hixie-76 §5.3"),
    TEXT_UNTERMINATED("legacy-text-unterminated", "draft-hixie-76 §5.3"),
    LENGTH_TRUNCATED("legacy-length-truncated", "draft-hixie-76 §5.3"),
    LENGTH_TOO_LARGE("legacy-length-too-large", "draft-hixie-76 §5.3"),
    UNKNOWN_FRAME_TYPE("legacy-unknown-frame-type", "draft-hixie-76 §5.3", Severity.WARNING),
    CLOSE_AFTER_CLOSE("legacy-close-after-close", "draft-hixie-76 §4.2"),

    // Opening handshake, keys (draft-hixie-76 §4.1 client, §5.2 server)
    KEY_MISSING("legacy-key-missing", "draft-hixie-76 §5.1"),
    KEY_NO_SPACES("legacy-key-no-spaces", "draft-hixie-76 §5.2"),
    KEY_NOT_DIVISIBLE("legacy-key-not-divisible", "draft-hixie-76 §5.2"),
    KEY_OUT_OF_RANGE("legacy-key-out-of-range", "draft-hixie-76 §4.1"),
    KEY3_MISSING("legacy-key3-missing", "draft-hixie-76 §4.1"),
    ORIGIN_MISSING("legacy-origin-missing", "draft-hixie-76 §4.1"),
    LOCATION_MISSING("legacy-location-missing", "draft-hixie-76 §5.2"),
    HOST_MISSING("legacy-host-missing", "draft-hixie-76 §4.1"),
    UPGRADE_INVALID("legacy-upgrade-invalid", "draft-hixie-76 §4.1"),
    CONNECTION_INVALID("legacy-connection-invalid", "draft-hixie-76 §4.1"),
    RESPONSE_SHORT("legacy-response-short", "draft-hixie-76 §4.1"),
    RESPONSE_MISMATCH("legacy-response-mismatch", "draft-hixie-76 §4.1");

    private final String id;
    private final String section;
    private final Severity severity;

    LegacyRule(String id, String section) {
        this(id, section, Severity.ERROR);
    }

    LegacyRule(String id, String section, Severity severity) {
        this.id = id;
        this.section = section;
        this.severity = severity;
    }

    @Override public String id() { return id; }
    @Override public String section() { return section; }
    @Override public Severity severity() { return severity; }
}
