package wsinspector.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import wsinspector.protocol.FrameValidator.Role;

/**
 * Joins the data frames of one direction into messages (RFC 6455 §5.4) and judges what only the message shows:
 * fragmentation order, UTF-8 of text across fragments (§8.1), permessage-deflate inflation (RFC 7692 §7.2.2).
 * Control frames may come between fragments and leave the message in progress untouched.
 *
 * <p>It reports message-level problems only; run {@link FrameValidator} on each frame for the frame rules.
 * Memory is bounded by {@code maxMessageBytes}: bytes beyond it are not kept (but UTF-8 is still checked).
 * Not thread-safe: one assembler per direction.
 */
public final class MessageAssembler {
    /** The problems of the frame being taken; {@link Assembly} copies them (or takes none). */
    private final List<Problem> scratch = new ArrayList<>();
    /** The unmasked payload of the last frame taken. */
    private byte[] lastPayload = new byte[0];
    private final long maxMessageBytes;
    private final long maxInflatedBytes;
    private final MessageInflater inflater;
    private final Utf8Validator utf8 = new Utf8Validator();

    private boolean inProgress;
    private Opcode opcode;
    private boolean compressed;
    private int frameCount;
    private long firstOffset;
    /** The message's bytes as sent (compressed if it is), at most maxMessageBytes of them. */
    private byte[] data = new byte[0];
    private int size;
    private long bytesSeen;
    private boolean tooBig;
    /** Stream offset of the first byte of the character a text message is in the middle of. */
    private long pendingCharOffset = -1;

    /**
     * @param sender          who sent the frames (decides which no_context_takeover applies)
     * @param deflateOrNull   the negotiated permessage-deflate parameters, null if it was not negotiated
     * @param maxMessageBytes the most bytes of one message kept, before and after inflation
     */
    public MessageAssembler(Role sender, DeflateParameters deflateOrNull, long maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
        this.maxInflatedBytes = maxMessageBytes;
        this.inflater = deflateOrNull == null ? null
                : new MessageInflater(deflateOrNull.noContextTakeover(sender), maxMessageBytes);
    }

    /**
     * For a live connection, which ends at the first problem: inflation stops at {@code maxInflatedBytes} (a deflate
     * bomb costs no more work than that), instead of going on to keep the window in step for the next message.
     *
     * @param maxInflatedBytes the most bytes a compressed message may inflate to
     */
    public MessageAssembler(Role sender, DeflateParameters deflateOrNull, long maxMessageBytes, long maxInflatedBytes) {
        this.maxMessageBytes = maxMessageBytes;
        this.maxInflatedBytes = maxInflatedBytes;
        this.inflater = deflateOrNull == null ? null
                : new MessageInflater(deflateOrNull.noContextTakeover(sender), maxInflatedBytes, true);
    }

    /**
     * Whether a fragmented message has begun and not ended: a data frame now is judged against it, so only
     * between messages may a reader count a well-formed frame without handing it here.
     */
    public boolean inProgress() {
        return inProgress;
    }

    /** Takes the next frame of the direction, in stream order. */
    public Assembly accept(DecodedFrame f) {
        FrameHeader h = f.header();
        if (h == null || Opcode.isControl(h.opcode()) || Opcode.isReserved(h.opcode())) {
            return Assembly.NOTHING; // nothing to join: control frames stand alone, reserved ones mean nothing
        }
        List<Problem> problems = scratch;
        problems.clear();
        if (h.opcode() == Opcode.CONTINUATION.code()) {
            if (!inProgress) {
                problems.add(Problem.of(FrameRule.CONTINUATION_WITHOUT_START, f.offset(), "frame.opcode"));
                return new Assembly(problems, null);
            }
        } else {
            if (inProgress) {
                problems.add(Problem.of(FrameRule.DATA_FRAME_INSIDE_FRAGMENTED_MESSAGE, f.offset(), "frame.opcode",
                        FrameValidator.opcodeName(h.opcode()), FrameValidator.opcodeName(opcode.code()), firstOffset));
            }
            start(f); // the new message replaces the unfinished one, so dissection can go on
        }
        frameCount++;
        take(f, problems);
        AssembledMessage completed = h.fin() && !f.truncated() ? complete(f, problems) : null;
        return new Assembly(problems, completed);
    }

    private void start(DecodedFrame f) {
        inProgress = true;
        opcode = Opcode.of(f.header().opcode()).orElseThrow();
        compressed = inflater != null && f.header().rsv1();
        frameCount = 0;
        firstOffset = f.offset();
        size = 0;
        bytesSeen = 0;
        tooBig = false;
        pendingCharOffset = -1;
        utf8.reset();
        if (data.length > 64 * 1024) {
            data = new byte[0]; // do not keep a big message's buffer for the small ones after it
        }
    }

    private void take(DecodedFrame f, List<Problem> problems) {
        byte[] payload = f.unmaskedPayload();
        lastPayload = payload;
        long before = bytesSeen;
        bytesSeen += payload.length + f.omitted();
        int room = (int) Math.max(0, Math.min(Integer.MAX_VALUE - 8, maxMessageBytes) - size);
        if (payload.length + f.omitted() > room && !tooBig) {
            tooBig = true;
            problems.add(Problem.variant(FrameRule.MESSAGE_TOO_BIG, compressed ? "compressed" : "plain",
                    f.payloadOffset() + room, "frame.payload", maxMessageBytes));
        }
        keep(payload, Math.min(payload.length, room));
        if (opcode == Opcode.TEXT && !compressed) {
            checkUtf8(payload, f, before, problems);
        }
    }

    private void keep(byte[] payload, int n) {
        if (size + n > data.length) {
            data = Arrays.copyOf(data, Math.max(size + n, Math.min(2 * data.length, Integer.MAX_VALUE - 8)));
        }
        System.arraycopy(payload, 0, data, size, n);
        size += n;
    }

    /** RFC 6455 §8.1, incrementally: a character may be split between two frames. */
    private void checkUtf8(byte[] payload, DecodedFrame f, long before, List<Problem> problems) {
        int bad = utf8.feed(payload, 0, payload.length);
        if (bad >= 0) {
            problems.add(Problem.variant(FrameRule.TEXT_INVALID_UTF8, "byte", f.payloadOffset() + bad, "frame.payload",
                    String.format("%02x", payload[bad] & 0xFF), before + bad));
        } else if (!utf8.atCharacterBoundary() && utf8.incompleteSequenceStart() >= before) {
            pendingCharOffset = f.payloadOffset() + (utf8.incompleteSequenceStart() - before);
        }
    }

    private AssembledMessage complete(DecodedFrame last, List<Problem> problems) {
        byte[] payload;
        boolean textUsable;
        if (compressed) {
            InflateResult r = inflate(last, problems);
            payload = r == null ? new byte[0] : r.output();
            textUsable = r != null && r.ok() && opcode == Opcode.TEXT && checkInflatedUtf8(payload, last, problems);
        } else {
            // A message of one frame is that frame's payload: no second copy of it (a capture may hold millions).
            payload = frameCount == 1 && lastPayload.length == size ? lastPayload : Arrays.copyOf(data, size);
            boolean utf8Ok = opcode == Opcode.TEXT && utf8.isValid() && checkComplete(problems);
            textUsable = utf8Ok && !tooBig;
        }
        String text = textUsable ? new String(payload, StandardCharsets.UTF_8) : null;
        AssembledMessage message = new AssembledMessage(opcode, payload, compressed, text, frameCount, firstOffset);
        inProgress = false;
        return message;
    }

    private boolean checkComplete(List<Problem> problems) {
        if (utf8.atCharacterBoundary()) {
            return true;
        }
        problems.add(Problem.of(FrameRule.TEXT_INCOMPLETE_UTF8, pendingCharOffset, "frame.payload",
                utf8.incompleteSequenceStart()));
        return false;
    }

    /** Inflates the message, reporting what went wrong; null when the compressed bytes were not all kept. */
    private InflateResult inflate(DecodedFrame last, List<Problem> problems) {
        if (tooBig) {
            return null; // the compressed bytes were not all kept; later messages may fail to inflate too
        }
        InflateResult r = inflater.inflate(Arrays.copyOf(data, size));
        if (r.error() != null) {
            problems.add(new Problem(FrameRule.INFLATE_FAILED, firstOffset, null, r.error()));
        }
        if (r.limitExceeded()) {
            problems.add(Problem.of(FrameRule.INFLATE_LIMIT_EXCEEDED, last.offset(), null, maxInflatedBytes));
        }
        return r;
    }

    /** UTF-8 of a compressed text message is checked after inflation; the offset is then the last frame's. */
    private boolean checkInflatedUtf8(byte[] text, DecodedFrame last, List<Problem> problems) {
        Utf8Validator v = new Utf8Validator();
        int bad = v.feed(text, 0, text.length);
        if (bad >= 0) {
            problems.add(Problem.variant(FrameRule.TEXT_INVALID_UTF8, "inflated", last.offset(), null,
                    String.format("%02x", text[bad] & 0xFF), bad));
            return false;
        }
        if (!v.atCharacterBoundary()) {
            problems.add(Problem.variant(FrameRule.TEXT_INCOMPLETE_UTF8, "inflated", last.offset(), null,
                    v.incompleteSequenceStart()));
            return false;
        }
        return true;
    }
}
