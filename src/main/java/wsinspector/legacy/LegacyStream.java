package wsinspector.legacy;

import java.util.Objects;

import wsinspector.protocol.FrameRule;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;

/**
 * The frames of one direction of a live hixie-75/76 connection, pushed in as their bytes arrive and handed out
 * judged, or the first problem that must end the connection: the legacy twin of
 * {@link wsinspector.protocol.FrameStream}. Built on {@link LegacyFrameDecoder} (which delimits) and
 * {@link LegacyStreamValidator} (which judges each frame and what follows a close), as a capture's dissector is;
 * what it adds is a size limit, watched while a frame arrives, so a
 * peer announcing or sending an endless frame fails before it is held. Not thread-safe: fed from one thread.
 */
public final class LegacyStream {
    /** Bytes handed to the decoder at once, so a frame is never more than this past the limit when it is caught. */
    private static final int SLICE = 8192;

    /** Hears what the stream carries, on the feeding thread. */
    public interface Listener {
        /** A whole frame, valid ({@code ff 00}, the closing handshake, included). */
        void frame(LegacyFrame frame);

        /** The peer broke a rule or passed the limit; nothing more follows. */
        void failed(Problem problem);
    }

    private final long maxMessageBytes;
    private final Listener listener;
    private final LegacyFrameDecoder decoder = new LegacyFrameDecoder(this::frame);
    private final LegacyStreamValidator judge = new LegacyStreamValidator();
    private boolean failed;

    public LegacyStream(long maxMessageBytes, Listener listener) {
        this.maxMessageBytes = maxMessageBytes;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Takes the next bytes; the listener hears what they complete before this returns. */
    public void feed(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        int end = off + len;
        while (off < end && !failed) {
            int n = Math.min(SLICE, end - off);
            decoder.feed(b, off, n);
            off += n;
            checkFrameInProgress();
        }
    }

    public boolean failed() {
        return failed;
    }

    private void checkFrameInProgress() {
        if (failed) {
            return;
        }
        long announced = decoder.announcedLength();
        if (announced == Long.MAX_VALUE) {
            fail(Problem.variant(LegacyRule.LENGTH_TOO_LARGE, "bytes", decoder.position(), "legacy.length",
                    LegacyFrame.MAX_LENGTH_BYTES));
        } else if (announced > maxMessageBytes || decoder.pendingBytes() > maxMessageBytes + 1 + LegacyFrame.MAX_LENGTH_BYTES) {
            fail(tooBig());
        }
    }

    private void frame(LegacyFrame f) {
        if (failed) {
            return;
        }
        if (f.payloadLength() > maxMessageBytes) {
            fail(tooBig());
            return;
        }
        for (Problem p : judge.accept(f)) {
            if (p.rule().severity() == Rule.Severity.ERROR) {
                fail(p);
                return;
            }
        }
        listener.frame(f);
    }

    private Problem tooBig() {
        return Problem.variant(FrameRule.MESSAGE_TOO_BIG, "plain", decoder.position(), null, maxMessageBytes);
    }

    private void fail(Problem p) {
        failed = true;
        listener.failed(p);
    }
}
