package wsinspector.protocol;

/** The framing rules of RFC 6455 and RFC 7692 (permessage-deflate) that the bytes of a frame or message can break. */
public enum FrameRule implements Rule {
    RESERVED_OPCODE("reserved-opcode", "RFC 6455 §5.2",
            "Opcodes 0x3-0x7 and 0xB-0xF are reserved and must not be sent."),
    RSV_WITHOUT_EXTENSION("rsv-without-extension", "RFC 6455 §5.2",
            "RSV1, RSV2 and RSV3 must be 0 unless a negotiated extension gives them a meaning."),
    RSV1_ON_CONTROL_FRAME("rsv1-on-control-frame", "RFC 7692 §6",
            "permessage-deflate never sets RSV1 on a control frame."),
    RSV1_ON_CONTINUATION("rsv1-on-continuation", "RFC 7692 §6",
            "permessage-deflate sets RSV1 on the first frame of a message only, never on a continuation frame."),
    NON_MINIMAL_LENGTH("non-minimal-length", "RFC 6455 §5.2",
            "The payload length must be encoded in the minimal number of bytes."),
    LENGTH_TOP_BIT_SET("length-top-bit-set", "RFC 6455 §5.2",
            "The most significant bit of a 64-bit payload length must be 0."),
    CONTROL_FRAME_TOO_LONG("control-frame-too-long", "RFC 6455 §5.5",
            "A control frame must carry at most 125 bytes of payload."),
    CONTROL_FRAME_FRAGMENTED("control-frame-fragmented", "RFC 6455 §5.5",
            "A control frame must not be fragmented: its FIN bit must be set."),
    CLIENT_FRAME_UNMASKED("client-frame-unmasked", "RFC 6455 §5.1",
            "A client must mask every frame it sends."),
    SERVER_FRAME_MASKED("server-frame-masked", "RFC 6455 §5.1",
            "A server must not mask any frame it sends."),
    CLOSE_BODY_ONE_BYTE("close-body-one-byte", "RFC 6455 §5.5.1",
            "A close frame body is empty or starts with a 2-byte status code, so it cannot be 1 byte long."),
    CLOSE_CODE_NOT_ALLOWED("close-code-not-allowed", "RFC 6455 §7.4.1",
            "A close frame must carry a status code that may be sent on the wire (1000-1003, 1007-1014, 3000-4999)."),
    CLOSE_REASON_INVALID_UTF8("close-reason-invalid-utf8", "RFC 6455 §5.5.1",
            "The reason in a close frame must be valid UTF-8."),
    TEXT_INVALID_UTF8("text-invalid-utf8", "RFC 6455 §8.1",
            "A text message must be valid UTF-8."),
    TEXT_INCOMPLETE_UTF8("text-incomplete-utf8", "RFC 6455 §8.1",
            "A text message must not end in the middle of a UTF-8 character."),
    CONTINUATION_WITHOUT_START("continuation-without-start", "RFC 6455 §5.4",
            "A continuation frame must follow a text or binary frame whose FIN bit was clear."),
    DATA_FRAME_INSIDE_FRAGMENTED_MESSAGE("data-frame-inside-fragmented-message", "RFC 6455 §5.4",
            "A new text or binary message must not start before the fragmented message in progress has ended."),
    FRAME_TRUNCATED("frame-truncated", "RFC 6455 §5.2",
            "The stream ended in the middle of a frame.") {
        @Override
        public Severity severity() {
            return Severity.WARNING; // a capture may simply stop; the peer did not necessarily break a rule
        }
    },
    INFLATE_FAILED("inflate-failed", "RFC 7692 §7.2.2",
            "A compressed message must inflate as valid DEFLATE data."),
    INFLATE_LIMIT_EXCEEDED("inflate-limit-exceeded", "RFC 6455 §10.4",
            "A compressed message inflated to more bytes than the limit this endpoint accepts.") {
        @Override
        public Severity severity() {
            return Severity.WARNING; // a local limit, not a rule of the protocol
        }
    },
    MESSAGE_TOO_BIG("message-too-big", "RFC 6455 §10.4",
            "A message was longer than the limit this endpoint accepts.") {
        @Override
        public Severity severity() {
            return Severity.WARNING; // a local limit, not a rule of the protocol
        }
    };

    private final String id;
    private final String section;
    private final String summary;

    FrameRule(String id, String section, String summary) {
        this.id = id;
        this.section = section;
        this.summary = summary;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public String summary() {
        return summary;
    }
}
