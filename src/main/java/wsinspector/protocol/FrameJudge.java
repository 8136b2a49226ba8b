package wsinspector.protocol;

import java.util.List;
import java.util.Objects;

import wsinspector.protocol.FrameValidator.Role;

/**
 * Judges the whole frames of one direction, in stream order: each against the frame rules ({@link FrameValidator})
 * and, a data frame, as part of its message ({@link MessageAssembler}: §5.4 fragmentation, §8.1 UTF-8 across
 * fragments, RFC 7692 §7.2.2 inflation). The one place a frame gets its verdict, whoever reads it: a live
 * connection's {@link FrameStream}, a capture's dissector, a lone frame's preview, the stepped client.
 * Not thread-safe: one judge per direction.
 */
public final class FrameJudge {
    private final Role sender;
    private final boolean deflate;
    private final MessageAssembler assembler;

    /**
     * A capture's judge: a message keeps at most {@code maxMessageBytes} (before and after inflation), and inflation
     * goes on past a broken message to keep the compression window in step for the next one.
     *
     * @param sender        who sends the frames (a server's judge reads a CLIENT), which decides the masking rule
     * @param deflateOrNull the negotiated permessage-deflate parameters, null if none (then RSV1 is a broken rule)
     */
    public FrameJudge(Role sender, DeflateParameters deflateOrNull, long maxMessageBytes) {
        this(sender, deflateOrNull, new MessageAssembler(sender, deflateOrNull, maxMessageBytes));
    }

    private FrameJudge(Role sender, DeflateParameters deflateOrNull, MessageAssembler assembler) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.deflate = deflateOrNull != null;
        this.assembler = assembler;
    }

    /** A live connection's judge: inflation stops at the limit (a deflate bomb costs no more than that). */
    public static FrameJudge live(Role sender, DeflateParameters deflateOrNull, StreamLimits limits) {
        return new FrameJudge(sender, deflateOrNull, new MessageAssembler(sender, deflateOrNull,
                limits.maxMessageBytes(), limits.maxInflatedBytes()));
    }

    /** A frame whose header never ended: nobody's, judged by no masking rule, part of no message. */
    static JudgedFrame headerless(DecodedFrame f) {
        return new JudgedFrame(f, Role.UNKNOWN, FrameValidator.validate(f, Role.UNKNOWN, false), List.of(), null);
    }

    /** The next frame of the direction: its own rules, then (whole data frames only) its message's. */
    public JudgedFrame judge(DecodedFrame f) {
        if (f.header() == null) {
            return headerless(f);
        }
        List<Problem> frameProblems = FrameValidator.validate(f, sender, deflate);
        // A truncated frame's partial payload is no part of a message; a control frame stands alone.
        Assembly a = f.truncated() ? Assembly.NOTHING : assembler.accept(f);
        return new JudgedFrame(f, sender, frameProblems, a.problems(), a.completed());
    }

    /**
     * Whether a fragmented message has begun and not ended: a data frame now is judged against it, so only between
     * messages may a reader step over a frame that breaks no rule (a capture's counted frames).
     */
    public boolean inMessage() {
        return assembler.inProgress();
    }
}
