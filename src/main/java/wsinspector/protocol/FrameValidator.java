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
            problems.add(new Problem(FrameRule.RESERVED_OPCODE, at, "opcode 0x" + Integer.toHexString(opcode)));
        }
        checkRsv(h, rsv1Negotiated, control, at, problems);
        if (control && !h.fin()) {
            problems.add(new Problem(FrameRule.CONTROL_FRAME_FRAGMENTED, at,
                    "FIN is 0 on a " + opcodeName(opcode) + " frame"));
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
                problems.add(new Problem(FrameRule.RSV_WITHOUT_EXTENSION, at, "RSV1 is 1, no extension negotiated"));
            } else if (control) {
                problems.add(new Problem(FrameRule.RSV1_ON_CONTROL_FRAME, at,
                        "RSV1 is 1 on a " + opcodeName(h.opcode()) + " frame"));
            } else if (h.opcode() == Opcode.CONTINUATION.code()) {
                problems.add(new Problem(FrameRule.RSV1_ON_CONTINUATION, at, "RSV1 is 1 on a continuation frame"));
            }
        }
        if (h.rsv2() || h.rsv3()) {
            String bits = h.rsv2() && h.rsv3() ? "RSV2 and RSV3 are" : h.rsv2() ? "RSV2 is" : "RSV3 is";
            problems.add(new Problem(FrameRule.RSV_WITHOUT_EXTENSION, at, bits + " 1, no extension defines them"));
        }
    }

    private static void checkMask(FrameHeader h, Role sender, long lengthByte, List<Problem> problems) {
        if (sender == Role.CLIENT && !h.masked()) {
            problems.add(new Problem(FrameRule.CLIENT_FRAME_UNMASKED, lengthByte, "MASK is 0 in a client frame"));
        } else if (sender == Role.SERVER && h.masked()) {
            problems.add(new Problem(FrameRule.SERVER_FRAME_MASKED, lengthByte, "MASK is 1 in a server frame"));
        }
    }

    private static void checkLength(FrameHeader h, boolean control, long at, List<Problem> problems) {
        long length = h.payloadLength();
        if (h.lengthTopBitSet()) {
            problems.add(new Problem(FrameRule.LENGTH_TOP_BIT_SET, at + 2,
                    "64-bit length 0x" + Long.toHexString(length)));
        } else if (h.lengthCode() == FrameHeader.PAYLOAD_16 && length <= FrameHeader.PAYLOAD_SHORT_MAX) {
            problems.add(new Problem(FrameRule.NON_MINIMAL_LENGTH, at + 1,
                    "length " + length + " written in 16 bits fits in the 7-bit field"));
        } else if (h.lengthCode() == FrameHeader.PAYLOAD_64 && length <= FrameHeader.PAYLOAD_16_MAX) {
            problems.add(new Problem(FrameRule.NON_MINIMAL_LENGTH, at + 1,
                    "length " + length + " written in 64 bits fits in " + (length <= 125 ? "the 7-bit field" : "16 bits")));
        }
        if (control && (length > FrameHeader.PAYLOAD_SHORT_MAX || h.lengthTopBitSet())) {
            problems.add(new Problem(FrameRule.CONTROL_FRAME_TOO_LONG, at + 1,
                    opcodeName(h.opcode()) + " payload of " + Long.toUnsignedString(length) + " bytes"));
        }
    }

    /** RFC 6455 §5.5.1: empty, or a 2-byte code allowed on the wire then a UTF-8 reason. */
    private static void checkCloseBody(DecodedFrame f, List<Problem> problems) {
        FrameHeader h = f.header();
        long payloadAt = f.payloadOffset();
        if (h.payloadLength() == 1) {
            problems.add(new Problem(FrameRule.CLOSE_BODY_ONE_BYTE, payloadAt, "a close body of 1 byte"));
            return;
        }
        byte[] body = f.unmaskedPayload();
        if (!CloseBody.hasCode(body)) {
            return; // empty, or truncated before the code ended
        }
        int code = CloseBody.of(body).code();
        if (!CloseCode.isAllowedOnWire(code)) {
            problems.add(new Problem(FrameRule.CLOSE_CODE_NOT_ALLOWED, payloadAt,
                    "close code " + code + " (" + CloseCode.range(code) + ")"));
        }
        Utf8Validator utf8 = new Utf8Validator();
        int bad = utf8.feed(body, 2, body.length - 2);
        if (bad >= 0) {
            problems.add(new Problem(FrameRule.CLOSE_REASON_INVALID_UTF8, payloadAt + 2 + bad,
                    String.format("byte 0x%02x at index %d of the reason", body[2 + bad] & 0xFF, bad)));
        } else if (!utf8.atCharacterBoundary() && !f.truncated()) {
            long start = utf8.incompleteSequenceStart();
            problems.add(new Problem(FrameRule.CLOSE_REASON_INVALID_UTF8, payloadAt + 2 + start,
                    "the reason ends inside the character starting at index " + start));
        }
    }

    private static Problem truncated(DecodedFrame f) {
        String expected = f.header() == null || f.header().frameLength() < 0
                ? "" : " of " + f.header().frameLength();
        return new Problem(FrameRule.FRAME_TRUNCATED, f.offset(),
                "the stream ended after " + f.length() + expected + " bytes of the frame");
    }

    private static String opcodeName(int opcode) {
        return Opcode.of(opcode).map(o -> o.name().toLowerCase()).orElse("0x" + Integer.toHexString(opcode));
    }
}
