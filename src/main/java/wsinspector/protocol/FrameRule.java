package wsinspector.protocol;

/**
 * The framing rules of RFC 6455 and RFC 7692 (permessage-deflate) that the bytes of a frame or message can break,
 * and the local limits a reader sets on them (RFC 6455 §10.4): a limit is no rule of the protocol, so passing one
 * is a warning in a capture, but it ends a live connection.
 */
public enum FrameRule implements Rule {
    RESERVED_OPCODE("RFC 6455 §5.2"),
    RSV_WITHOUT_EXTENSION("RFC 6455 §5.2"),
    RSV1_ON_CONTROL_FRAME("RFC 7692 §6"),
    RSV1_ON_CONTINUATION("RFC 7692 §6"),
    NON_MINIMAL_LENGTH("RFC 6455 §5.2"),
    LENGTH_TOP_BIT_SET("RFC 6455 §5.2"),
    CONTROL_FRAME_TOO_LONG("RFC 6455 §5.5"),
    CONTROL_FRAME_FRAGMENTED("RFC 6455 §5.5"),
    CLIENT_FRAME_UNMASKED("RFC 6455 §5.1"),
    SERVER_FRAME_MASKED("RFC 6455 §5.1"),
    CLOSE_BODY_ONE_BYTE("RFC 6455 §5.5.1"),
    CLOSE_CODE_NOT_ALLOWED("RFC 6455 §7.4.1"),
    CLOSE_REASON_INVALID_UTF8("RFC 6455 §5.5.1"),
    TEXT_INVALID_UTF8("RFC 6455 §8.1"),
    TEXT_INCOMPLETE_UTF8("RFC 6455 §8.1"),
    CONTINUATION_WITHOUT_START("RFC 6455 §5.4"),
    DATA_FRAME_INSIDE_FRAGMENTED_MESSAGE("RFC 6455 §5.4"),
    /** A capture may simply stop; the peer did not necessarily break a rule. */
    FRAME_TRUNCATED("RFC 6455 §5.2", Severity.WARNING),
    INFLATE_FAILED("RFC 7692 §7.2.2"),
    /** Local limits. */
    INFLATE_LIMIT_EXCEEDED("RFC 6455 §10.4", Severity.WARNING),
    MESSAGE_TOO_BIG("RFC 6455 §10.4", Severity.WARNING),
    /** A message split into more data frames than allowed: endless fragments would hold a connection for ever. */
    TOO_MANY_FRAGMENTS("RFC 6455 §10.4", Severity.WARNING);

    private final String section;
    private final Severity severity;

    FrameRule(String section) {
        this(section, Severity.ERROR);
    }

    FrameRule(String section, Severity severity) {
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
