package wsinspector.legacy;

import wsinspector.protocol.Rule;

/**
 * The rules of the pre-RFC WebSocket protocol (draft-hixie-thewebsocketprotocol-75 and -76,
 * the latter identical to draft-ietf-hybi-thewebsocketprotocol-00) that bytes can break.
 * Sections name draft 76 unless the rule only exists in draft 75.
 */
public enum LegacyRule implements Rule {
    // Framing (draft-hixie-76 §4.2 client side, §5.3 server side)
    TEXT_INVALID_UTF8("draft-hixie-76 §5.3"),
    TEXT_UNTERMINATED("draft-hixie-76 §5.3"),
    LENGTH_TRUNCATED("draft-hixie-76 §5.3"),
    LENGTH_TOO_LARGE("draft-hixie-76 §5.3"),
    UNKNOWN_FRAME_TYPE("draft-hixie-76 §5.3", Severity.WARNING),
    CLOSE_AFTER_CLOSE("draft-hixie-76 §4.2"),

    // Opening handshake, keys (draft-hixie-76 §4.1 client, §5.2 server)
    KEY_MISSING("draft-hixie-76 §5.1"),
    KEY_NO_SPACES("draft-hixie-76 §5.2"),
    KEY_NOT_DIVISIBLE("draft-hixie-76 §5.2"),
    KEY_OUT_OF_RANGE("draft-hixie-76 §4.1"),
    KEY3_MISSING("draft-hixie-76 §4.1"),
    ORIGIN_MISSING("draft-hixie-76 §4.1"),
    LOCATION_MISSING("draft-hixie-76 §5.2"),
    HOST_MISSING("draft-hixie-76 §4.1"),
    UPGRADE_INVALID("draft-hixie-76 §4.1"),
    CONNECTION_INVALID("draft-hixie-76 §4.1"),
    RESPONSE_SHORT("draft-hixie-76 §4.1"),
    RESPONSE_MISMATCH("draft-hixie-76 §4.1");

    private final String section;
    private final Severity severity;

    LegacyRule(String section) {
        this(section, Severity.ERROR);
    }

    LegacyRule(String section, Severity severity) {
        this.section = section;
        this.severity = severity;
    }

    /** The name with a prefix: the hixie rules share names with RFC 6455's ({@code legacy-text-invalid-utf8}). */
    @Override public String id() { return "legacy-" + Rule.super.id(); }
    @Override public String section() { return section; }
    @Override public Severity severity() { return severity; }
}
