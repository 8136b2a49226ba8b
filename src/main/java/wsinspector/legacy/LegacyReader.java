package wsinspector.legacy;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one streaming reader of hixie-75/76 frames, the legacy twin of {@link wsinspector.protocol.FrameReader}: bytes
 * pushed in as they arrive, in any split, come out as frames, each delimited ({@link LegacyFrameDecoder}) and judged
 * on its own and after the frames before it ({@link LegacyStreamValidator}). It never stops at a broken frame: a
 * capture is read past its errors, and a live endpoint ({@link LegacyStream}) decides to end the connection at the
 * first. Not thread-safe: one reader per direction, fed from one thread.
 */
public final class LegacyReader {
    private final LegacyStreamValidator judge;
    private final Consumer<JudgedLegacyFrame> sink;
    private final LegacyFrameDecoder decoder;

    /** A reader of one sender's frames from the start of its stream. */
    public LegacyReader(Consumer<JudgedLegacyFrame> sink) {
        this(new LegacyStreamValidator(), sink);
    }

    /**
     * @param judge the judge of the sender's frames, shared by the readers of one direction when its stream is read
     *              in pieces (a capture's gap starts a new reader, and a frame after the close is still one)
     */
    public LegacyReader(LegacyStreamValidator judge, Consumer<JudgedLegacyFrame> sink) {
        this.judge = Objects.requireNonNull(judge, "judge");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.decoder = new LegacyFrameDecoder(this::judge);
    }

    /** Reads these bytes; the sink hears every frame they complete before this returns. */
    public void feed(byte[] b, int off, int len) {
        decoder.feed(b, off, len);
    }

    /** The stream has ended: the frame in progress, if any of it came, is judged truncated. */
    public void finish() {
        decoder.finish();
    }

    /** How many bytes have been read: the offset of the next byte. */
    public long position() {
        return decoder.position();
    }

    /** Bytes of the frame in progress kept so far; 0 between frames (a live reader's limit watches it). */
    public int pendingBytes() {
        return decoder.pendingBytes();
    }

    /**
     * The payload length the frame in progress announced: -1 while none is known (between frames, a text frame,
     * length bytes still coming), {@link Long#MAX_VALUE} for a length that cannot be honoured.
     */
    public long announcedLength() {
        return decoder.announcedLength();
    }

    private void judge(LegacyFrame f) {
        sink.accept(new JudgedLegacyFrame(f, judge.accept(f)));
    }
}
