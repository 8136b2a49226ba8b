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
        problems.add(t == LegacyFrame.TYPE_CLOSE
                ? Problem.variant(LegacyRule.UNKNOWN_FRAME_TYPE, "ffLength", f.offset(), "legacy.type", f.declaredLength())
                : Problem.of(LegacyRule.UNKNOWN_FRAME_TYPE, f.offset(), "legacy.type", String.format("%02x", t)));
    }

    private static void text(LegacyFrame f, List<Problem> problems) {
        if (f.frameType() == LegacyFrame.TYPE_TEXT) {
            byte[] wire = f.wire();
            int bad = firstInvalidUtf8(wire, f.payloadOffset(), f.payloadLength(), !f.truncated());
            if (bad >= 0) {
                problems.add(bad < f.payloadOffset() + f.payloadLength()
                        ? Problem.variant(LegacyRule.TEXT_INVALID_UTF8, "byte", f.offset() + bad, "legacy.payload",
                                String.format("%02x", wire[bad] & 0xFF))
                        : Problem.variant(LegacyRule.TEXT_INVALID_UTF8, "end", f.offset() + bad, null));
            }
        }
        if (f.truncated()) {
            problems.add(Problem.of(LegacyRule.TEXT_UNTERMINATED, f.offset(), null, f.payloadLength()));
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
            long at = f.offset() + f.lengthFieldOffset();
            problems.add(f.lengthFieldSize() > LegacyFrame.MAX_LENGTH_BYTES
                    ? Problem.variant(LegacyRule.LENGTH_TOO_LARGE, "bytes", at, "legacy.length", LegacyFrame.MAX_LENGTH_BYTES)
                    : Problem.variant(LegacyRule.LENGTH_TOO_LARGE, "value", at, "legacy.length", f.declaredLength()));
        } else if (f.truncated()) {
            problems.add(f.lengthComplete()
                    ? Problem.of(LegacyRule.LENGTH_TRUNCATED, f.offset(), null, f.payloadLength(), f.declaredLength())
                    : Problem.variant(LegacyRule.LENGTH_TRUNCATED, "length", f.offset(), null));
        }
    }
}
