package wsinspector.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

import wsinspector.protocol.FrameValidator.Role;

/**
 * The frames of one direction of a live connection, pushed in as their bytes arrive (in any split) and handed out
 * judged: every control frame, every complete data message, or the first problem that must end the connection.
 * The reader of the echo server (whatever its I/O), of the client and of whoever else reads a live peer.
 *
 * <p>Built on the one reader of frames, {@link FrameReader}, which delimits each frame and judges it with its message
 * (§5.4, §8.1, RFC 7692 §7.2.2). What it adds is a live peer's policy: the first problem ends the stream, and it fails
 * fast within {@link StreamLimits}: a frame header is judged as soon as it has arrived, before its payload, so a frame
 * announcing 2^62 bytes, a message over the limit, a control frame of 126 bytes or a reserved opcode fail at once,
 * and nothing is ever allocated from an announced length. After a failure every later byte is ignored.
 * Not thread-safe: fed from one thread.
 */
public final class FrameStream {
    private static final int LONGEST_HEADER = 14;

    /** Hears what the stream carries, on the feeding thread. */
    public interface Listener {
        /** A ping, pong or close frame, judged whole (a close's code and UTF-8 reason too); its payload unmasked. */
        void control(Opcode opcode, byte[] payload);

        /** A complete text or binary message, unmasked and inflated. */
        void message(AssembledMessage message);

        /**
         * A complete message that came in one frame, uncompressed, its text valid: the unmasked payload is
         * {@code b[off .. off+len)}, which is only valid during this call (it may lie in the buffer the stream was
         * fed). For a listener that can answer from the bytes where they lie, such as an echo; the default hands
         * {@link #message(AssembledMessage)} the same message a fragmented one would make.
         *
         * @param offset the stream offset of the frame
         */
        default void message(Opcode opcode, byte[] b, int off, int len, long offset) {
            byte[] payload = off == 0 && len == b.length ? b : Arrays.copyOfRange(b, off, off + len);
            String text = opcode == Opcode.TEXT ? new String(payload, StandardCharsets.UTF_8) : null;
            message(new AssembledMessage(opcode, payload, false, text, 1, offset));
        }

        /** The peer broke a rule or passed a limit: the connection must be failed; nothing more follows. */
        void failed(Problem problem);
    }

    private final Role sender;
    private final boolean deflate;
    private final StreamLimits limits;
    private final Listener listener;
    private final FrameReader reader;
    private final WholeMessage whole;
    /** The header of a frame whose first bytes came in an earlier feed. */
    private final byte[] header = new byte[LONGEST_HEADER];
    private int headerUsed;
    /** Bytes of the frame in progress not yet fed to the reader; 0 between frames. */
    private long frameLeft;
    private boolean inMessage;
    private long messageBytes;
    private int fragments;
    private boolean failed;
    /** Checks the UTF-8 of the uncompressed text message in progress as it arrives; null when none is. */
    private Utf8Validator textCheck;
    private Utf8Validator utf8;
    /** Whether the frame in progress is part of the text message being checked (not a control frame between). */
    private boolean checkThisFrame;
    private byte[] scratch;
    private byte[] mask;
    private long maskPosition;

    /**
     * @param sender        who sends what is read: a server reads a CLIENT, a client a SERVER (RFC 6455 §5.1)
     * @param deflateOrNull the negotiated permessage-deflate parameters, null if none
     */
    public FrameStream(Role sender, DeflateParameters deflateOrNull, StreamLimits limits, Listener listener) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.deflate = deflateOrNull != null;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.reader = new FrameReader(FrameJudge.live(sender, deflateOrNull, limits), this::frame);
        this.whole = new WholeMessage(sender, limits.maxMessageBytes());
    }

    /** Takes the next bytes of the stream; the listener hears what they complete before this returns. */
    public void feed(byte[] b, int off, int len) {
        feed(b, off, len, false);
    }

    /**
     * As {@link #feed}, but the bytes are the stream's to change until this returns: a message in one frame is
     * unmasked where it lies and handed to the listener there, without a copy. For a reader whose buffer is its
     * own and refilled after each feed (the echo server's loop: its bytes are recorded before they are fed).
     */
    public void feedInPlace(byte[] b, int off, int len) {
        feed(b, off, len, true);
    }

    private void feed(byte[] b, int off, int len, boolean inPlace) {
        Objects.checkFromIndexSize(off, len, b.length);
        int end = off + len;
        while (off < end && !failed) {
            if (frameLeft == 0 && headerUsed == 0 && !inMessage && whole.read(b, off, end - off, inPlace)) {
                long at = reader.position();
                reader.skip(whole.frameLength()); // the reader's offsets go on from the next frame
                off += whole.frameLength();
                listener.message(whole.opcode(), whole.data(), whole.start(), whole.length(), at);
            } else if (frameLeft == 0) {
                off += startFrame(b, off, end - off);
            } else {
                int n = (int) Math.min(frameLeft, end - off);
                frameLeft -= n;
                if (checkText(b, off, n, reader.position())) {
                    reader.feed(b, off, n);
                }
                off += n;
            }
        }
    }

    /** Whether the stream has failed (and ignores what it is fed). */
    public boolean failed() {
        return failed;
    }

    /** Whether a data message has begun and not ended (a fragmented one waiting for its next frame). */
    public boolean inMessage() {
        return inMessage || frameLeft > 0 || headerUsed > 0;
    }

    /** How many bytes were fed before the failure, or so far. */
    public long position() {
        return reader.position();
    }

    /**
     * Between frames: collects the header (which may be split between feeds), judges it, then hands the reader
     * the header and as much of the frame as there is.
     *
     * @return how many bytes of {@code b} were taken
     */
    private int startFrame(byte[] b, int off, int len) {
        if (headerUsed == 0) {
            FrameHeader h = FrameHeader.parseOrNull(b, off, len);
            if (h != null) { // the usual case: the whole header is here, maybe the whole frame
                if (!judgeHeader(h)) {
                    return len;
                }
                int n = (int) Math.min(h.frameLength(), len);
                frameLeft = h.frameLength() - n;
                int headerLength = h.headerLength();
                if (checkText(b, off + headerLength, n - headerLength, reader.position() + headerLength)) {
                    reader.feed(b, off, n);
                }
                return n;
            }
        }
        int want = headerUsed < 2 ? 2 - headerUsed : FrameHeader.headerLength(header[1] & 0xFF) - headerUsed;
        int taken = Math.min(want, len);
        System.arraycopy(b, off, header, headerUsed, taken);
        headerUsed += taken;
        FrameHeader h = FrameHeader.parseOrNull(header, 0, headerUsed);
        if (h == null) {
            return taken; // more header bytes to come
        }
        if (!judgeHeader(h)) {
            return len;
        }
        reader.feed(header, 0, headerUsed);
        frameLeft = h.frameLength() - headerUsed;
        headerUsed = 0;
        return taken;
    }

    /**
     * RFC 6455 §8.1 as the bytes arrive: an uncompressed text message fails at its first invalid byte, without
     * waiting for the end of its frame (the reader judges whole frames). False (after failing) at a bad byte;
     * {@code streamOffset} is the stream offset of {@code b[off]}.
     */
    private boolean checkText(byte[] b, int off, int len, long streamOffset) {
        if (!checkThisFrame || textCheck == null || len <= 0) {
            return true;
        }
        if (scratch == null) {
            scratch = new byte[1024];
        }
        for (int done = 0; done < len; ) {
            int n = Math.min(scratch.length, len - done);
            System.arraycopy(b, off + done, scratch, 0, n);
            if (mask != null) {
                Masking.toggle(scratch, 0, n, mask, maskPosition);
            }
            maskPosition += n;
            long before = textCheck.bytesFed();
            int bad = textCheck.feed(scratch, 0, n);
            if (bad >= 0) {
                textCheck = null;
                return fail(Problem.variant(FrameRule.TEXT_INVALID_UTF8, "byte", streamOffset + done + bad,
                        "frame.payload", String.format("%02x", scratch[bad] & 0xFF), before + bad));
            }
            done += n;
        }
        return true;
    }

    /** The frame rules a header shows, and the limits; false (after failing) when one is broken. */
    private boolean judgeHeader(FrameHeader h) {
        DecodedFrame headerOnly = DecodedFrame.ofPayload(reader.position(), h, new byte[0], false, 0);
        for (Problem p : FrameValidator.validate(headerOnly, sender, deflate)) {
            if (p.rule().severity() == Rule.Severity.ERROR) {
                return fail(p);
            }
        }
        checkThisFrame = false;
        if (Opcode.isControl(h.opcode())) {
            return true;
        }
        boolean continuation = h.opcode() == Opcode.CONTINUATION.code();
        if (!continuation || !inMessage) { // a new message (a misplaced one fails in the reader)
            messageBytes = 0;
            fragments = 0;
            boolean text = h.opcode() == Opcode.TEXT.code() && !(deflate && h.rsv1());
            textCheck = text ? (utf8 == null ? utf8 = new Utf8Validator() : utf8) : null;
            if (textCheck != null) {
                textCheck.reset();
            }
        }
        checkThisFrame = textCheck != null;
        mask = h.masked() ? h.maskingKeyUnsafe() : null;
        maskPosition = 0;
        fragments++;
        messageBytes += h.payloadLength();
        if (messageBytes > limits.maxMessageBytes()) {
            return fail(Problem.variant(FrameRule.MESSAGE_TOO_BIG, h.rsv1() ? "compressed" : "plain",
                    reader.position(), "frame.length7", limits.maxMessageBytes()));
        }
        if (fragments > limits.maxFragments()) {
            return fail(Problem.of(FrameRule.TOO_MANY_FRAGMENTS, reader.position(), "frame.fin", limits.maxFragments()));
        }
        return true;
    }

    /** A whole frame, judged: a control frame is handed out, a data frame's message when it completes. */
    private void frame(JudgedFrame j) {
        if (failed) {
            return;
        }
        FrameHeader h = j.frame().header();
        if (Opcode.isControl(h.opcode())) {
            // Its header was judged on arrival; a close's code and reason only now.
            for (Problem p : j.frameProblems()) {
                if (p.rule().severity() == Rule.Severity.ERROR) {
                    fail(p);
                    return;
                }
            }
            listener.control(Opcode.of(h.opcode()).orElseThrow(), j.frame().unmaskedPayload());
            return;
        }
        for (Problem p : j.messageProblems()) {
            fail(p); // every message-level problem, a limit's warning too, must end a live connection
            return;
        }
        inMessage = j.completed() == null;
        if (j.completed() != null) {
            listener.message(j.completed());
        }
    }

    private boolean fail(Problem p) {
        failed = true;
        listener.failed(p);
        return false;
    }
}
