package wsinspector.protocol;

/** The framing rules of RFC 6455 and RFC 7692 (permessage-deflate) that the bytes of a frame or message can break. */
public enum FrameRule implements Rule {
    RESERVED_OPCODE("reserved-opcode", "RFC 6455 §5.2"),
    RSV_WITHOUT_EXTENSION("rsv-without-extension", "RFC 6455 §5.2"),
    RSV1_ON_CONTROL_FRAME("rsv1-on-control-frame", "RFC 7692 §6"),
    RSV1_ON_CONTINUATION("rsv1-on-continuation", "RFC 7692 §6"),
    NON_MINIMAL_LENGTH("non-minimal-length", "RFC 6455 §5.2"),
    LENGTH_TOP_BIT_SET("length-top-bit-set", "RFC 6455 §5.2"),
    CONTROL_FRAME_TOO_LONG("control-frame-too-long", "RFC 6455 §5.5"),
    CONTROL_FRAME_FRAGMENTED("control-frame-fragmented", "RFC 6455 §5.5"),
    CLIENT_FRAME_UNMASKED("client-frame-unmasked", "RFC 6455 §5.1"),
    SERVER_FRAME_MASKED("server-frame-masked", "RFC 6455 §5.1"),
    CLOSE_BODY_ONE_BYTE("close-body-one-byte", "RFC 6455 §5.5.1"),
    CLOSE_CODE_NOT_ALLOWED("close-code-not-allowed", "RFC 6455 §7.4.1"),
    CLOSE_REASON_INVALID_UTF8("close-reason-invalid-utf8", "RFC 6455 §5.5.1"),
    TEXT_INVALID_UTF8("text-invalid-utf8", "RFC 6455 §8.1"),
    TEXT_INCOMPLETE_UTF8("text-incomplete-utf8", "RFC 6455 §8.1"),
    CONTINUATION_WITHOUT_START("continuation-without-start", "RFC 6455 §5.4"),
    DATA_FRAME_INSIDE_FRAGMENTED_MESSAGE("data-frame-inside-fragmented-message", "RFC 6455 §5.4"),
    FRAME_TRUNCATED("frame-truncated", "RFC 6455 §5.2") {
        @Override
        public Severity severity() {
            return Severity.WARNING; // a capture may simply stop; the peer did not necessarily break a rule
        }
    },
    INFLATE_FAILED("inflate-failed", "RFC 7692 §7.2.2"),
    INFLATE_LIMIT_EXCEEDED("inflate-limit-exceeded", "RFC 6455 §10.4") {
        @Override
        public Severity severity() {
            return Severity.WARNING; // a local limit, not a rule of the protocol
        }
    },
    MESSAGE_TOO_BIG("message-too-big", "RFC 6455 §10.4") {
        @Override
        public Severity severity() {
            return Severity.WARNING; // a local limit, not a rule of the protocol
        }
    };

    private final String id;
    private final String section;

    FrameRule(String id, String section) {
        this.id = id;
        this.section = section;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String section() {
        return section;
    }
}
