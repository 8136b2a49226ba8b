package wsinspector.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges one decoded frame on its own against the framing rules of RFC 6455 and RFC 7692 (the rules that need
 * the frames around it, such as fragmentation and text UTF-8, are {@link MessageAssembler}'s). Parsing and judging
 * are separate steps, as in Jetty: the {@link FrameDecoder} never rejects a frame.
 *
 * <p>Every problem's offset is a stream offset: the byte where the frame went wrong.
 */
public final class FrameValidator {

    /** Who sent the frames, which decides the masking rule (RFC 6455 §5.1). */
    public enum Role {
        CLIENT, SERVER,
        /** The sender is not known (e.g. a one-direction dump): the masking rule is not checked. */
        UNKNOWN
    }

    private FrameValidator() {
    }

    /**
     * @param sender          who sent the frame
     * @param rsv1Negotiated  whether permessage-deflate was negotiated, which gives RSV1 a meaning (RFC 7692 §6)
     * @return the problems found, in the order of the header fields, truncation last; empty for a valid frame
     */
    public static List<Problem> validate(DecodedFrame f, Role sender, boolean rsv1Negotiated) {
        List<Problem> problems = new ArrayList<>(0);
        FrameHeader h = f.header();
        long at = f.offset();
        if (h == null) {
            problems.add(truncated(f));
            return problems;
        }
        int opcode = h.opcode();
        boolean control = Opcode.isControl(opcode);
        if (Opcode.isReserved(opcode)) {
            problems.add(Problem.of(FrameRule.RESERVED_OPCODE, at, "frame.opcode", hex(opcode)));
        }
        checkRsv(h, rsv1Negotiated, control, at, problems);
        if (control && !h.fin()) {
            problems.add(Problem.of(FrameRule.CONTROL_FRAME_FRAGMENTED, at, "frame.fin", opcodeName(opcode)));
        }
        checkMask(h, sender, at + 1, problems);
        checkLength(h, control, at, problems);
        if (opcode == Opcode.CLOSE.code()) {
            checkCloseBody(f, problems);
        }
        if (f.truncated()) {
            problems.add(truncated(f));
        }
        return problems;
    }

    private static void checkRsv(FrameHeader h, boolean rsv1Negotiated, boolean control, long at,
                                 List<Problem> problems) {
        if (h.rsv1()) {
            if (!rsv1Negotiated) {
                problems.add(Problem.variant(FrameRule.RSV_WITHOUT_EXTENSION, "rsv1", at, "frame.rsv1"));
            } else if (control) {
                problems.add(Problem.of(FrameRule.RSV1_ON_CONTROL_FRAME, at, "frame.rsv1", opcodeName(h.opcode())));
            } else if (h.opcode() == Opcode.CONTINUATION.code()) {
                problems.add(Problem.of(FrameRule.RSV1_ON_CONTINUATION, at, "frame.rsv1"));
            }
        }
        // One problem per bit, each on its own field: "RSV2 and RSV3" is two broken bits, not one.
        if (h.rsv2()) {
            problems.add(Problem.variant(FrameRule.RSV_WITHOUT_EXTENSION, "undefined", at, "frame.rsv2", "RSV2"));
        }
        if (h.rsv3()) {
            problems.add(Problem.variant(FrameRule.RSV_WITHOUT_EXTENSION, "undefined", at, "frame.rsv3", "RSV3"));
        }
    }

    private static void checkMask(FrameHeader h, Role sender, long lengthByte, List<Problem> problems) {
        if (sender == Role.CLIENT && !h.masked()) {
            problems.add(Problem.of(FrameRule.CLIENT_FRAME_UNMASKED, lengthByte, "frame.mask"));
        } else if (sender == Role.SERVER && h.masked()) {
            problems.add(Problem.of(FrameRule.SERVER_FRAME_MASKED, lengthByte, "frame.mask"));
        }
    }

    private static void checkLength(FrameHeader h, boolean control, long at, List<Problem> problems) {
        long length = h.payloadLength();
        if (h.lengthTopBitSet()) {
            problems.add(Problem.of(FrameRule.LENGTH_TOP_BIT_SET, at + 2, "frame.length64", Long.toHexString(length)));
        } else if (h.lengthCode() == FrameHeader.PAYLOAD_16 && length <= FrameHeader.PAYLOAD_SHORT_MAX) {
            problems.add(Problem.variant(FrameRule.NON_MINIMAL_LENGTH, "16in7", at + 1, "frame.length7", length));
        } else if (h.lengthCode() == FrameHeader.PAYLOAD_64 && length <= FrameHeader.PAYLOAD_16_MAX) {
            problems.add(Problem.variant(FrameRule.NON_MINIMAL_LENGTH, length <= FrameHeader.PAYLOAD_SHORT_MAX ? "64in7" : "64in16",
                    at + 1, "frame.length7", length));
        }
        if (control && (length > FrameHeader.PAYLOAD_SHORT_MAX || h.lengthTopBitSet())) {
            problems.add(Problem.of(FrameRule.CONTROL_FRAME_TOO_LONG, at + 1, "frame.length7",
                    opcodeName(h.opcode()), Long.toUnsignedString(length)));
        }
    }

    /** RFC 6455 §5.5.1: empty, or a 2-byte code allowed on the wire then a UTF-8 reason. */
    private static void checkCloseBody(DecodedFrame f, List<Problem> problems) {
        FrameHeader h = f.header();
        long payloadAt = f.payloadOffset();
        if (h.payloadLength() == 1) {
            problems.add(Problem.of(FrameRule.CLOSE_BODY_ONE_BYTE, payloadAt, "frame.payload"));
            return;
        }
        byte[] body = f.unmaskedPayload();
        if (!CloseBody.hasCode(body)) {
            return; // empty, or truncated before the code ended
        }
        int code = CloseBody.of(body).code();
        if (!CloseCode.isAllowedOnWire(code)) {
            problems.add(Problem.of(FrameRule.CLOSE_CODE_NOT_ALLOWED, payloadAt, "close.code",
                    code, Phrase.of("close.range." + CloseCode.range(code))));
        }
        Utf8Validator utf8 = new Utf8Validator();
        int bad = utf8.feed(body, 2, body.length - 2);
        if (bad >= 0) {
            problems.add(Problem.variant(FrameRule.CLOSE_REASON_INVALID_UTF8, "byte", payloadAt + 2 + bad, "close.reason",
                    String.format("%02x", body[2 + bad] & 0xFF), bad));
        } else if (!utf8.atCharacterBoundary() && !f.truncated()) {
            long start = utf8.incompleteSequenceStart();
            problems.add(Problem.variant(FrameRule.CLOSE_REASON_INVALID_UTF8, "end", payloadAt + 2 + start, "close.reason",
                    start));
        }
    }

    private static Problem truncated(DecodedFrame f) {
        if (f.header() == null) {
            return Problem.variant(FrameRule.FRAME_TRUNCATED, "header", f.offset(), null, f.length());
        }
        if (f.header().frameLength() < 0) { // the header came whole; its length (top bit set) has no total in a long
            return Problem.variant(FrameRule.FRAME_TRUNCATED, "length", f.offset(), null, f.length(),
                    Long.toUnsignedString(f.header().payloadLength()));
        }
        return Problem.of(FrameRule.FRAME_TRUNCATED, f.offset(), null, f.length(), f.header().frameLength());
    }

    /** An opcode's name, translated where it is shown ({@code opcode.9} is Ping, Пинг). */
    static Phrase opcodeName(int opcode) {
        return Phrase.of(Opcode.of(opcode).isPresent() ? "opcode." + opcode : "opcode.reserved");
    }

    private static String hex(int opcode) {
        return "0x" + Integer.toHexString(opcode).toUpperCase(java.util.Locale.ROOT);
    }
}
