package wsinspector.dissect;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import wsinspector.legacy.JudgedLegacyFrame;
import wsinspector.legacy.LegacyFrame;
import wsinspector.legacy.LegacyReader;
import wsinspector.legacy.LegacyStreamValidator;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.HeadReader;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.HttpHeadParser;
import wsinspector.protocol.OpeningHandshake;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;

/**
 * The bytes of one direction (or of a dump whose direction is unknown) as a state machine:
 * detect what starts the stream, read an HTTP head ({@link HeadReader}) and its body, then frames for the rest
 * ({@link RfcFrames} over the core's frame reader, or legacy frames over its {@link LegacyReader}); across a gap in a capture, step over the rest
 * of the frame it cut or wait for a segment that starts like a frame. Feeding the same bytes in any split gives the
 * same messages.
 */
final class StreamDissector {
    private enum Phase { DETECT, HEAD, RFC_FRAMES, LEGACY_FRAMES, UNDECODABLE, SKIP_AFTER_GAP, RESYNC }

    /** Byte a bare dump of legacy frames starts with: a text frame, a binary frame, the closing handshake. */
    private static boolean isLegacyStart(int b) {
        return b == 0x00 || b == 0x80 || b == 0xFF;
    }

    /** Bytes after the point where decoding gave up are reported in pieces of this size, not held all at once. */
    static final int UNDECODED_PIECE = 64 * 1024;

    private final StreamOutput out;
    private final Direction fixed;
    private final Conversation conversation;
    private final HandshakeDissection handshakes;
    /** Counts plain frames without a message ({@code decode --summary}); null: every frame is a message. */
    private final FrameCounter counter;
    private final PlainFrames plain;

    private Phase phase = Phase.DETECT;
    /** Stream offset of the first byte not yet given to a phase's decoder or buffer. */
    private long position;
    private long phaseStart;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    /** Bytes after a gap that still belong to the frame the gap fell into. */
    private long skipAfterGap;
    private String undecodableReason;
    private Phrase undecodableDetail;
    private List<Problem> undecodableProblems = List.of();
    /** The head being read in the HEAD phase, until it is whole; then the head, until its body is. */
    private HeadReader headReader;
    private HttpHead head;
    /** Bytes of the head and the body that follows it. */
    private int headAndBody;
    private RfcFrames frames;
    private LegacyReader legacy;
    /** Judges the legacy frames of the whole stream: a reader begins at every gap, a close before it still counts. */
    private final LegacyStreamValidator legacyJudge = new LegacyStreamValidator();

    /**
     * @param fixed    the direction of every byte, or {@code null} to infer it per message
     * @param fallback the direction of messages whose direction cannot be inferred
     * @param counter  takes the plain frames instead of the sink, or null
     */
    StreamDissector(Direction fixed, Direction fallback, Conversation conversation, Consumer<Message> sink,
                    FrameCounter counter) {
        this.out = new StreamOutput(fixed, fallback, sink);
        this.fixed = fixed;
        this.conversation = conversation;
        this.handshakes = new HandshakeDissection(conversation);
        this.counter = counter;
        this.plain = counter == null ? null : new PlainFrames();
    }

    void feed(byte[] bytes, int off, int len, long timestampNanos) {
        out.timestamp(timestampNanos);
        if (phase == Phase.RESYNC && len > 0) {
            resync(bytes[off] & 0xFF, len > 1 ? bytes[off + 1] & 0xFF : -1);
        }
        while (len > 0) {
            int used = step(bytes, off, len);
            off += used;
            len -= used;
        }
    }

    /** Gives bytes to the current phase; returns how many it took (at least one). */
    private int step(byte[] b, int off, int len) {
        switch (phase) {
            case DETECT -> {
                detect(b[off] & 0xFF);
                return step(b, off, len);
            }
            case HEAD -> {
                return head(b, off, len);
            }
            case RFC_FRAMES -> {
                int used = frames.feed(b, off, len);
                position += used;
                return used;
            }
            case LEGACY_FRAMES -> {
                legacy.feed(b, off, len);
                position += len;
                return len;
            }
            case RESYNC -> {
                pending.write(b, off, len);
                position += len;
                return len;
            }
            case SKIP_AFTER_GAP -> {
                int take = (int) Math.min(len, skipAfterGap);
                pending.write(b, off, take);
                position += take;
                skipAfterGap -= take;
                if (skipAfterGap == 0) {
                    emitUndecoded(phaseStart, takePending(), "undecoded.after-gap",
                            Phrase.of("detail.undecoded.frame-after-gap"), List.of());
                    startFrames();
                }
                return take;
            }
            default -> {
                if (pending.size() >= UNDECODED_PIECE) {
                    emitUndecoded(phaseStart, pending.toByteArray(), undecodableReason, undecodableDetail,
                            undecodableProblems);
                    phaseStart += pending.size();
                    pending.reset();
                    undecodableProblems = List.of(); // the problem belongs to the first piece, where it was found
                }
                int take = Math.min(len, UNDECODED_PIECE - pending.size());
                pending.write(b, off, take);
                position += take;
                return take;
            }
        }
    }

    private void detect(int first) {
        phaseStart = position;
        if (first == 'G' || first == 'H') {
            phase = Phase.HEAD;
            headReader = new HeadReader(HttpHeadParser.MAX_HEAD);
            head = null;
        } else if (conversation.protocol() == null ? isLegacyStart(first) : conversation.isLegacy()) {
            startLegacy();
        } else {
            startFrames();
        }
    }

    private void startFrames() {
        phase = Phase.RFC_FRAMES;
        frames = new RfcFrames(out, conversation, counter, plain, position);
    }

    private void startLegacy() {
        phase = Phase.LEGACY_FRAMES;
        long base = position;
        legacy = new LegacyReader(legacyJudge, judged -> onLegacy(judged, base));
    }

    // --- HTTP head -------------------------------------------------------------------------

    /** The HTTP head, then as many bytes as its body has (hixie-76's key3 or answer, an error page). */
    private int head(byte[] b, int off, int len) {
        int before = pending.size();
        len = Math.min(len, UNDECODED_PIECE); // what follows a malformed head must not come in whole
        pending.write(b, off, len);
        if (head == null) {
            HeadReader.Result r = headReader.feed(b, off, len);
            if (r instanceof HeadReader.Result.Malformed bad) {
                undecodable("undecoded.head-malformed", Phrase.of("detail.undecoded.at", bad.reason(), phaseStart + bad.offset()),
                        OpeningHandshake.problemOf(bad, phaseStart));
                position += len;
                return len;
            }
            if (!(r instanceof HeadReader.Result.Head whole)) {
                position += len;
                return len;
            }
            head = whole.head();
            headAndBody = head.length() + handshakes.bodyLength(head);
        }
        if (pending.size() < headAndBody) {
            position += len;
            return len;
        }
        out.accept(handshakes.dissect(head, Arrays.copyOf(pending.toByteArray(), headAndBody), phaseStart,
                out.timestamp(), fixed));
        pending.reset();
        int used = headAndBody - before;
        position = phaseStart + headAndBody;
        HttpHead done = head;
        head = null;
        headReader = null;
        afterHandshake(done);
        return used;
    }

    private void afterHandshake(HttpHead head) {
        boolean upgraded = head.isRequest()
                ? fixed != null && HandshakeKind.ofRequest(head) != HandshakeKind.NOT_WEBSOCKET
                : head.statusCode() == 101;
        if (!upgraded) {
            phase = Phase.DETECT;
        } else if (conversation.isLegacy()) {
            startLegacy();
        } else {
            startFrames();
        }
    }

    // --- legacy frames ---------------------------------------------------------------------

    private void onLegacy(JudgedLegacyFrame judged, long base) {
        LegacyFrame f = judged.frame();
        long at = base + f.offset();
        Direction dir = out.fallbackDirection();
        List<Problem> problems = StreamOutput.shift(judged.problems(), base);
        out.accept(new LegacyFrameMessage(dir, at, out.timestamp(), f, problems,
                new LazyTree(() -> LegacyFields.build(f, at, problems))));
    }

    // --- gaps in a capture ------------------------------------------------------------------

    long position() {
        return position;
    }

    /**
     * The capture lost {@code length} bytes here. Inside a frame whose length is known and runs past the
     * gap, the frame is ended (truncated), and its remaining bytes after the gap are stepped over, so
     * frames after it decode exactly; otherwise decoding waits for a segment that starts like a frame.
     */
    void gap(long length, long timestampNanos) {
        out.timestamp(timestampNanos);
        long toFrameEnd = phase == Phase.RFC_FRAMES ? frames.bytesToFrameEnd() : -1;
        boolean framing = phase == Phase.RFC_FRAMES || phase == Phase.RESYNC || phase == Phase.SKIP_AFTER_GAP
                || phase == Phase.DETECT && conversation.protocol() != null && !conversation.isLegacy();
        long owedSkip = phase == Phase.SKIP_AFTER_GAP ? skipAfterGap : 0;
        if (phase == Phase.RESYNC || phase == Phase.SKIP_AFTER_GAP) {
            flushPending();
        } else {
            finish();
        }
        out.accept(GapMessage.of(out.fallbackDirection(), position, timestampNanos, length));
        position += length;
        phaseStart = position;
        long frameEnd = Math.max(toFrameEnd, owedSkip);
        if (frameEnd > length) {
            phase = Phase.SKIP_AFTER_GAP;
            skipAfterGap = frameEnd - length;
        } else if (frameEnd == length && length > 0) {
            startFrames(); // the gap ended exactly where the frame it cut ended
        } else {
            phase = framing ? Phase.RESYNC : Phase.DETECT;
        }
    }

    /** At a segment's first byte after a gap: frames start again here if it looks like a frame header. */
    private void resync(int b0, int b1) {
        boolean rsvFine = (b0 & 0x70) == 0 || (b0 & 0x70) == 0x40 && conversation.deflate() != null;
        int opcode = b0 & 0x0F;
        boolean opcodeFine = opcode <= 2 || opcode >= 8 && opcode <= 10;
        boolean maskFine = b1 < 0 || fixed == null || ((b1 & 0x80) != 0) == (fixed == Direction.CLIENT_TO_SERVER);
        if (rsvFine && opcodeFine && maskFine) {
            flushPending();
            startFrames();
        }
    }

    private void flushPending() {
        if (pending.size() > 0) {
            emitUndecoded(phaseStart, takePending(), "undecoded.after-gap",
                    Phrase.of("detail.undecoded.after-gap"), List.of());
        }
    }

    private byte[] takePending() {
        byte[] bytes = pending.toByteArray();
        pending.reset();
        return bytes;
    }

    // --- the rest --------------------------------------------------------------------------

    private void undecodable(String reasonKey, Phrase detail, Problem problem) {
        phase = Phase.UNDECODABLE;
        undecodableReason = reasonKey;
        undecodableDetail = detail;
        undecodableProblems = List.of(problem);
    }

    /** The stream ended: whatever is still pending becomes a truncated frame or undecoded bytes. */
    void finish() {
        switch (phase) {
            case RFC_FRAMES -> frames.finish();
            case LEGACY_FRAMES -> legacy.finish();
            case HEAD -> {
                if (head != null) {
                    // The head arrived but not all of what follows it (hixie-76 key3 or answer, an HTTP body):
                    // still a handshake, whose validation says what is missing.
                    out.accept(handshakes.dissect(head, pending.toByteArray(), phaseStart, out.timestamp(), fixed));
                    head = null;
                } else if (pending.size() > 0) {
                    emitUndecoded(phaseStart, pending.toByteArray(), "undecoded.head-incomplete",
                            Phrase.of("detail.undecoded.head-incomplete"), List.of());
                }
            }
            case UNDECODABLE -> emitUndecoded(phaseStart, pending.toByteArray(), undecodableReason, undecodableDetail,
                    undecodableProblems);
            case RESYNC, SKIP_AFTER_GAP -> flushPending();
            default -> {
            }
        }
        pending.reset();
        phase = Phase.DETECT;
    }

    private void emitUndecoded(long at, byte[] wire, String reasonKey, Phrase detail, List<Problem> problems) {
        out.undecoded(at, wire, reasonKey, detail, problems);
    }
}
