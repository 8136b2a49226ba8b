package wsinspector.dissect;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import wsinspector.legacy.LegacyFrame;
import wsinspector.legacy.LegacyFrameDecoder;
import wsinspector.legacy.LegacyStreamValidator;
import wsinspector.protocol.AssembledMessage;
import wsinspector.protocol.Assembly;
import wsinspector.protocol.DecodedFrame;
import wsinspector.protocol.FrameDecoder;
import wsinspector.protocol.FrameValidator;
import wsinspector.protocol.HandshakeKind;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.HttpHeadParser;
import wsinspector.protocol.OpeningHandshake;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;

/**
 * The bytes of one direction (or of a dump whose direction is unknown) as a state machine:
 * detect what starts the stream, read an HTTP head and its body, then frames for the rest.
 * Feeding the same bytes in any split gives the same messages.
 */
final class StreamDissector {
    private enum Phase { DETECT, HEAD, RFC_FRAMES, LEGACY_FRAMES, UNDECODABLE, SKIP_AFTER_GAP, RESYNC }

    /** Byte a bare dump of legacy frames starts with: a text frame, a binary frame, the closing handshake. */
    private static boolean isLegacyStart(int b) {
        return b == 0x00 || b == 0x80 || b == 0xFF;
    }

    /** Bytes after the point where decoding gave up are reported in pieces of this size, not held all at once. */
    static final int UNDECODED_PIECE = 64 * 1024;

    private final Direction fixed;
    private final Direction fallback;
    private final Conversation conversation;
    private final Consumer<Message> sink;
    private final HandshakeDissection handshakes;
    /** Counts plain frames without a message ({@code decode --summary}); null: every frame is a message. */
    private final FrameCounter counter;
    private final PlainFrames plain;

    private Phase phase = Phase.DETECT;
    /** Stream offset of the first byte not yet given to a phase's decoder or buffer. */
    private long position;
    private long phaseStart;
    private long timestamp;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    /** Bytes after a gap that still belong to the frame the gap fell into. */
    private long skipAfterGap;
    private String undecodableReason;
    private Phrase undecodableDetail;
    private List<Problem> undecodableProblems = List.of();
    private FrameDecoder frames;
    /** Stream offset where {@link #frames} began: behind {@link #position} when frames were counted since. */
    private long framesBase;
    private LegacyFrameDecoder legacy;
    private final Map<Direction, LegacyStreamValidator> legacyJudges = new EnumMap<>(Direction.class);

    /**
     * @param fixed    the direction of every byte, or {@code null} to infer it per message
     * @param fallback the direction of messages whose direction cannot be inferred
     * @param counter  takes the plain frames instead of the sink, or null
     */
    StreamDissector(Direction fixed, Direction fallback, Conversation conversation, Consumer<Message> sink,
                    FrameCounter counter) {
        this.fixed = fixed;
        this.fallback = fallback;
        this.conversation = conversation;
        this.sink = sink;
        this.handshakes = new HandshakeDissection(conversation);
        this.counter = counter;
        this.plain = counter == null ? null : new PlainFrames();
    }

    void feed(byte[] bytes, int off, int len, long timestampNanos) {
        this.timestamp = timestampNanos;
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
                if (counter != null) {
                    return countFrames(b, off, len);
                }
                frames.feed(b, off, len);
                position += len;
                return len;
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
        } else if (conversation.protocol() == null ? isLegacyStart(first) : conversation.isLegacy()) {
            startLegacy();
        } else {
            startFrames();
        }
    }

    private void startFrames() {
        phase = Phase.RFC_FRAMES;
        long base = position;
        framesBase = base;
        frames = new FrameDecoder(f -> onFrame(f, base), conversation.maxMessageBytes());
    }

    private void startLegacy() {
        phase = Phase.LEGACY_FRAMES;
        long base = position;
        legacy = new LegacyFrameDecoder(f -> onLegacy(f, base));
    }

    // --- HTTP head -------------------------------------------------------------------------

    private int head(byte[] b, int off, int len) {
        int before = pending.size();
        len = Math.min(len, UNDECODED_PIECE); // what follows a malformed head must not come in whole
        pending.write(b, off, len);
        byte[] buf = pending.toByteArray();
        HttpHeadParser.ParseResult parsed = HttpHeadParser.parse(buf, 0, buf.length);
        if (parsed instanceof HttpHeadParser.ParseResult.Malformed bad) {
            undecodable("undecoded.head-malformed", Phrase.of("detail.undecoded.at", bad.reason(), phaseStart + bad.offset()),
                    OpeningHandshake.problemOf(bad, phaseStart));
            position += len;
            return len;
        }
        if (!(parsed instanceof HttpHeadParser.ParseResult.Complete complete)) {
            position += len;
            return len;
        }
        HttpHead head = complete.head();
        int total = head.length() + handshakes.bodyLength(head);
        if (buf.length < total) {
            position += len;
            return len;
        }
        sink.accept(handshakes.dissect(head, Arrays.copyOf(buf, total), phaseStart, timestamp, fixed));
        pending.reset();
        int used = total - before;
        position = phaseStart + total;
        afterHandshake(head);
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

    private Direction direction(Direction inferred) {
        return fixed != null ? fixed : inferred;
    }

    // --- frames ----------------------------------------------------------------------------

    /**
     * Frames with a counter: plain frames are counted where they lie; any other frame goes, alone, through the
     * decoder and becomes a message. The decoder only ever holds one frame, so counting resumes after it.
     * Returns how many bytes were taken.
     */
    private int countFrames(byte[] b, int off, int len) {
        boolean decoderInStep = framesBase + frames.position() == position;
        long owed = decoderInStep ? frames.bytesToFrameEnd() : 0;
        if (owed != 0) { // the decoder holds the start of a frame: give it the rest (a header byte by byte)
            int take = owed < 0 ? 1 : (int) Math.min(len, owed);
            frames.feed(b, off, take);
            position += take;
            return take;
        }
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
            Direction dir = direction((b[at + 1] & 0x80) != 0 ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT);
            // The assembler is made at a direction's first frame whatever it is, as the full path does.
            if (conversation.assembler(dir).inProgress() && (b[at] & 0x08) == 0) {
                break; // a data frame inside a fragmented message: the assembler must judge it
            }
            counter.plainFrame(dir, n, timestamp);
            at += n;
        }
        int counted = at - off;
        if (counted > 0) {
            position += counted;
            return counted;
        }
        if (!decoderInStep) {
            startFrames(); // a fresh decoder from here: the one before saw none of the counted frames
        }
        int take = PlainFrames.frameBytesHere(b, off, len);
        frames.feed(b, off, take);
        position += take;
        return take;
    }

    private void onFrame(DecodedFrame f, long base) {
        long at = base + f.offset();
        if (f.header() == null) {
            emitUndecoded(at, f.wire(), "undecoded.header-incomplete",
                    Phrase.of("detail.undecoded.header-incomplete", f.wire().length),
                    shift(FrameValidator.validate(f, FrameValidator.Role.UNKNOWN, false), base));
            return;
        }
        Direction dir = direction(f.header().masked() ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT);
        boolean inferredHere = f.header().rsv1() && conversation.inferDeflate();
        List<Problem> problems = FrameValidator.validate(f, Conversation.role(dir), conversation.deflate() != null);
        if (inferredHere) {
            problems = new ArrayList<>(problems);
            problems.add(Problem.of(InferenceRule.DEFLATE_INFERRED, f.offset(), "frame.rsv1"));
        }
        AssembledMessage completed = null;
        // A truncated frame is reported by the validator; its partial payload is no part of a message.
        if (!f.truncated()) {
            Assembly assembly = conversation.assembler(dir).accept(f);
            if (!assembly.problems().isEmpty()) {
                problems = new ArrayList<>(problems);
                problems.addAll(assembly.problems());
            }
            completed = assembly.completed();
        }
        List<Problem> shifted = shift(problems, base);
        AssembledMessage message = completed;
        sink.accept(new FrameMessage(dir, at, timestamp, f, completed, shifted,
                new LazyTree(() -> FrameFields.build(f, at, message, shifted))));
    }

    private void onLegacy(LegacyFrame f, long base) {
        long at = base + f.offset();
        Direction dir = direction(fallback);
        LegacyStreamValidator judge = legacyJudges.computeIfAbsent(dir, d -> new LegacyStreamValidator());
        List<Problem> problems = shift(judge.accept(f), base);
        sink.accept(new LegacyFrameMessage(dir, at, timestamp, f, problems,
                new LazyTree(() -> LegacyFields.build(f, at, problems))));
    }

    private static List<Problem> shift(List<Problem> problems, long base) {
        if (problems.isEmpty()) {
            return List.of(); // the common case, a million times over in a big capture: allocate nothing
        }
        if (base == 0) {
            return problems;
        }
        return problems.stream().map(p -> p.shifted(base)).toList();
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
        this.timestamp = timestampNanos;
        long toFrameEnd = phase == Phase.RFC_FRAMES ? frames.bytesToFrameEnd() : -1;
        boolean framing = phase == Phase.RFC_FRAMES || phase == Phase.RESYNC || phase == Phase.SKIP_AFTER_GAP
                || phase == Phase.DETECT && conversation.protocol() != null && !conversation.isLegacy();
        long owedSkip = phase == Phase.SKIP_AFTER_GAP ? skipAfterGap : 0;
        if (phase == Phase.RESYNC || phase == Phase.SKIP_AFTER_GAP) {
            flushPending();
        } else {
            finish();
        }
        sink.accept(GapMessage.of(direction(fallback), position, timestampNanos, length));
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
                byte[] buf = pending.toByteArray();
                if (HttpHeadParser.parse(buf, 0, buf.length) instanceof HttpHeadParser.ParseResult.Complete whole) {
                    // The head arrived but not all of what follows it (hixie-76 key3 or answer, an HTTP body):
                    // still a handshake, whose validation says what is missing.
                    sink.accept(handshakes.dissect(whole.head(), buf, phaseStart, timestamp, fixed));
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
        sink.accept(new UndecodedBytes(direction(fallback), at, timestamp, wire, reasonKey, detail, problems,
                new LazyTree(() -> new FieldBuilder("undecoded", at, wire.length).meaning(reasonKey)
                        .attach(problems).build())));
    }
}
