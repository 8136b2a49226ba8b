package wsinspector.legacy;

import java.util.ArrayList;
import java.util.List;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Utf8Validator;

/**
 * Judges one decoded legacy frame against draft-hixie-76 §5.3 (parsing and judging are separate
 * steps, as in Jetty). Rules that need the frames before it (a frame after the close) are
 * {@link LegacyStreamValidator}'s.
 */
public final class LegacyFrameValidator {

    private LegacyFrameValidator() {
    }

    /** Every problem of the frame, in byte order; empty when the frame is fine. */
    public static List<Problem> validate(LegacyFrame f) {
        List<Problem> problems = new ArrayList<>(2);
        type(f, problems);
        if (f.kind() == LegacyFrame.Kind.TEXT_SENTINEL) {
            text(f, problems);
        } else {
            length(f, problems);
        }
        return problems;
    }

    /** Every problem of a whole direction's frames, including those between frames. */
    public static List<Problem> validateAll(List<LegacyFrame> frames) {
        LegacyStreamValidator stream = new LegacyStreamValidator();
        List<Problem> problems = new ArrayList<>();
        for (LegacyFrame f : frames) {
            problems.addAll(stream.accept(f));
        }
        return problems;
    }

    private static void type(LegacyFrame f, List<Problem> problems) {
        int t = f.frameType();
        boolean known = t == LegacyFrame.TYPE_TEXT || t == LegacyFrame.TYPE_BINARY
                || f.kind() == LegacyFrame.Kind.CLOSE;
        if (known) {
            return;
        }
        // A truncated 0xFF frame may still have become the close: say nothing until it is complete.
        if (t == LegacyFrame.TYPE_CLOSE && !f.lengthComplete()) {
            return;
        }
        String detail = t == LegacyFrame.TYPE_CLOSE
                ? "type 0xff with length " + f.declaredLength() + " (only ff 00, the closing handshake, is defined)"
                : String.format("type 0x%02x", t);
        problems.add(new Problem(LegacyRule.UNKNOWN_FRAME_TYPE, f.offset(), detail));
    }

    private static void text(LegacyFrame f, List<Problem> problems) {
        if (f.frameType() == LegacyFrame.TYPE_TEXT) {
            byte[] wire = f.wire();
            int bad = firstInvalidUtf8(wire, f.payloadOffset(), f.payloadLength(), !f.truncated());
            if (bad >= 0) {
                String detail = bad < f.payloadOffset() + f.payloadLength()
                        ? String.format("byte 0x%02x", wire[bad] & 0xFF)
                        : "a character is cut by the end of the frame";
                problems.add(new Problem(LegacyRule.TEXT_INVALID_UTF8, f.offset() + bad, detail));
            }
        }
        if (f.truncated()) {
            problems.add(new Problem(LegacyRule.TEXT_UNTERMINATED, f.offset(),
                    "the stream ended after " + f.payloadLength() + " payload bytes without 0xff"));
        }
    }

    /**
     * The index of the first byte that is not UTF-8, or {@code off + len} when a complete text ends
     * inside a character, or -1 when the bytes are valid.
     */
    private static int firstInvalidUtf8(byte[] b, int off, int len, boolean complete) {
        Utf8Validator utf8 = new Utf8Validator();
        int bad = utf8.feed(b, off, len);
        if (bad >= 0) {
            return off + bad;
        }
        return complete && !utf8.atCharacterBoundary() ? off + len : -1;
    }

    private static void length(LegacyFrame f, List<Problem> problems) {
        if (f.lengthTooLarge()) {
            String declared = f.lengthFieldSize() > LegacyFrame.MAX_LENGTH_BYTES
                    ? "more than " + LegacyFrame.MAX_LENGTH_BYTES + " length bytes"
                    : "length " + f.declaredLength();
            problems.add(new Problem(LegacyRule.LENGTH_TOO_LARGE, f.offset() + f.lengthFieldOffset(), declared));
        } else if (f.truncated()) {
            String detail = f.lengthComplete()
                    ? "the stream ended after " + f.payloadLength() + " of " + f.declaredLength() + " payload bytes"
                    : "the stream ended inside the length field";
            problems.add(new Problem(LegacyRule.LENGTH_TRUNCATED, f.offset(), detail));
        }
    }
}
