package wsinspector.dissect;

import java.util.ArrayList;
import java.util.List;

import wsinspector.protocol.AssembledMessage;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.FrameJudge;
import wsinspector.protocol.FrameReader;
import wsinspector.protocol.JudgedFrame;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;

/**
 * The RFC 6455 frames of one stream, from a point on (after a handshake, a gap, or the start of a dump), read by the
 * core's one reader ({@link FrameReader}) and made messages: each frame with its verdicts, byte for byte. What a
 * capture adds to the reader: the direction (and so the judge) of a frame inferred from its mask bit when a dump does
 * not say, permessage-deflate inferred from RSV1 when the handshake's answer is missing, and, with a counter, the
 * frames that break no rule counted where they lie instead of becoming messages.
 */
final class RfcFrames {
    private final StreamOutput out;
    private final Conversation conversation;
    private final FrameCounter counter;
    private final PlainFrames plain;
    /** The stream offset of the reader's first byte. */
    private final long base;
    private final FrameReader reader;
    /** Whether the frame being judged made the conversation infer permessage-deflate. */
    private boolean deflateInferredHere;

    /**
     * @param counter takes the plain frames instead of the output, or null
     * @param plain   recognises plain frames; null without a counter
     * @param base    the stream offset where these frames begin
     */
    RfcFrames(StreamOutput out, Conversation conversation, FrameCounter counter, PlainFrames plain, long base) {
        this.out = out;
        this.conversation = conversation;
        this.counter = counter;
        this.plain = plain;
        this.base = base;
        this.reader = new FrameReader(this::judgeOf, conversation.maxMessageBytes(), this::frame);
    }

    /** Reads bytes; returns how many were taken (at least one). */
    int feed(byte[] b, int off, int len) {
        if (counter != null) {
            return count(b, off, len);
        }
        reader.feed(b, off, len);
        return len;
    }

    /** Bytes still to come before the frame in progress ends: 0 between frames, -1 inside its header. */
    long bytesToFrameEnd() {
        return reader.bytesToFrameEnd();
    }

    /** The stream ended (or a gap cut it): a frame in progress is reported truncated. */
    void finish() {
        reader.finish();
    }

    /**
     * With a counter, plain frames are counted where they lie; any other frame goes, alone, through the reader
     * and becomes a message. The reader only ever holds one frame, so counting resumes after it.
     */
    private int count(byte[] b, int off, int len) {
        long owed = reader.bytesToFrameEnd();
        if (owed != 0) { // the reader holds the start of a frame: give it the rest (a header byte by byte)
            int take = owed < 0 ? 1 : (int) Math.min(len, owed);
            reader.feed(b, off, take);
            return take;
        }
        Direction fixed = out.fixed();
        int maskRule = fixed == null ? PlainFrames.EITHER
                : fixed == Direction.CLIENT_TO_SERVER ? PlainFrames.MASKED : PlainFrames.UNMASKED;
        long max = conversation.maxMessageBytes();
        int at = off;
        int end = off + len;
        while (at < end) {
            int n = plain.length(b, at, end - at, maskRule, max);
            if (n == 0) {
                break;
            }
            Direction dir = out.direction((b[at + 1] & 0x80) != 0 ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT);
            // The judge is made at a direction's first frame whatever it is, as the full path does.
            if (conversation.judge(dir).inMessage() && (b[at] & 0x08) == 0) {
                break; // a data frame inside a fragmented message: the judge must see it
            }
            counter.plainFrame(dir, base, base + reader.position() + (at - off), b, at, n, out.timestamp());
            at += n;
        }
        int counted = at - off;
        if (counted > 0) {
            reader.skip(counted);
            return counted;
        }
        int take = PlainFrames.frameBytesHere(b, off, len);
        reader.feed(b, off, take);
        return take;
    }

    /**
     * The message a plain frame counted by a {@link FrameCounter} would have been, made again from its bytes: a
     * plain frame breaks no rule and is a whole message, so a fresh judge of its direction says of it what the
     * conversation's said, and its offsets count from the same framing start.
     */
    static FrameMessage plainMessage(Direction direction, long framingStart, long offset, long timestampNanos,
                                     byte[] wire, long maxMessageBytes) {
        Message[] made = new Message[1];
        StreamOutput out = new StreamOutput(direction, direction, m -> made[0] = m);
        out.timestamp(timestampNanos);
        RfcFrames alone = new RfcFrames(out, new Conversation(maxMessageBytes), null, null, framingStart);
        alone.reader.skip(offset - framingStart);
        alone.reader.feed(wire, 0, wire.length);
        return (FrameMessage) made[0];
    }

    /** The judge of a frame: its direction's; RSV1 with the extension unknown may make the conversation infer it. */
    private FrameJudge judgeOf(FrameHeader h) {
        deflateInferredHere = h.rsv1() && conversation.inferDeflate();
        return conversation.judge(out.direction(h.masked() ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT));
    }

    private void frame(JudgedFrame j) {
        DecodedFrame f = j.frame();
        long at = base + f.offset();
        if (f.header() == null) {
            out.undecoded(at, f.wire(), "undecoded.header-incomplete",
                    Phrase.of("detail.undecoded.header-incomplete", f.wire().length),
                    StreamOutput.shift(j.frameProblems(), base));
            return;
        }
        Direction dir = out.direction(f.header().masked() ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT);
        List<Problem> problems = j.frameProblems();
        if (deflateInferredHere) {
            deflateInferredHere = false;
            problems = new ArrayList<>(problems);
            problems.add(Problem.of(InferenceRule.DEFLATE_INFERRED, f.offset(), "frame.rsv1"));
        }
        if (!j.messageProblems().isEmpty()) {
            problems = new ArrayList<>(problems);
            problems.addAll(j.messageProblems());
        }
        List<Problem> shifted = StreamOutput.shift(problems, base);
        AssembledMessage message = j.completed();
        out.accept(new FrameMessage(dir, at, out.timestamp(), f, message, shifted,
                new LazyTree(() -> FrameFields.build(f, at, message, shifted))));
    }
}
