package wsinspector.legacy;

import java.util.Objects;

import wsinspector.protocol.FrameRule;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Rule;

/**
 * The frames of one direction of a live hixie-75/76 connection, pushed in as their bytes arrive and handed out
 * judged, or the first problem that must end the connection: the legacy twin of
 * {@link wsinspector.protocol.FrameStream}. Built on the core's one legacy reader ({@link LegacyReader}), as a
 * capture's dissector is; what it adds is failing at the first error and a size limit, watched while a frame
 * arrives, so a peer announcing or sending an endless frame fails before it is held. Not thread-safe: fed from one thread.
 */
public final class LegacyStream {
    /** Bytes handed to the reader at once, so a frame is never more than this past the limit when it is caught. */
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
    private final LegacyReader reader = new LegacyReader(this::frame);
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
            reader.feed(b, off, n);
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
        long announced = reader.announcedLength();
        if (announced == Long.MAX_VALUE) {
            fail(Problem.variant(LegacyRule.LENGTH_TOO_LARGE, "bytes", reader.position(), "legacy.length",
                    LegacyFrame.MAX_LENGTH_BYTES));
        } else if (announced > maxMessageBytes || reader.pendingBytes() > maxMessageBytes + 1 + LegacyFrame.MAX_LENGTH_BYTES) {
            fail(tooBig());
        }
    }

    private void frame(JudgedLegacyFrame judged) {
        if (failed) {
            return;
        }
        LegacyFrame f = judged.frame();
        if (f.payloadLength() > maxMessageBytes) {
            fail(tooBig());
            return;
        }
        for (Problem p : judged.problems()) {
            if (p.rule().severity() == Rule.Severity.ERROR) {
                fail(p);
                return;
            }
        }
        listener.frame(f);
    }

    private Problem tooBig() {
        return Problem.variant(FrameRule.MESSAGE_TOO_BIG, "plain", reader.position(), null, maxMessageBytes);
    }

    private void fail(Problem p) {
        failed = true;
        listener.failed(p);
    }
}
