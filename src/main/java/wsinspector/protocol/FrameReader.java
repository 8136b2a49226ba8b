package wsinspector.protocol;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one streaming reader of RFC 6455 frames: bytes pushed in as they arrive, in any split, come out as frames, each
 * delimited ({@link FrameDecoder}) and judged whole ({@link FrameJudge}: its own rules and what it does to its
 * message). It never stops at a broken frame: a capture is read past its errors, and a live endpoint
 * ({@link FrameStream}) decides to end the connection at the first. Every split of the same bytes gives the same
 * judged frames. Not thread-safe: one reader per direction, fed from one thread.
 */
public final class FrameReader {
    /**
     * Chooses the judge of each frame from its header, asked once per whole frame just before it is judged: the same
     * judge for a known sender; for a dump that does not say who sent what, the judge of the direction the mask bit
     * points to (and the place to learn from the header what the capture does not show, such as inferred deflate).
     */
    @FunctionalInterface
    public interface Judges {
        FrameJudge of(FrameHeader header);
    }

    private final Judges judges;
    private final Consumer<JudgedFrame> sink;
    private final FrameDecoder decoder;

    /** A reader of one sender's frames, keeping every byte of every frame (a live peer's, bounded by its limits). */
    public FrameReader(FrameJudge judge, Consumer<JudgedFrame> sink) {
        this(header -> judge, Long.MAX_VALUE, sink);
    }

    /**
     * @param maxKeptBytes the most bytes of one frame kept; the rest of a longer one is counted, not kept
     *                     ({@link DecodedFrame#omitted()}), so a capture's frame announcing gigabytes costs this much
     */
    public FrameReader(Judges judges, long maxKeptBytes, Consumer<JudgedFrame> sink) {
        this.judges = Objects.requireNonNull(judges, "judges");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.decoder = new FrameDecoder(this::judge, maxKeptBytes);
    }

    /** Reads these bytes; the sink hears every frame they complete before this returns. */
    public void feed(byte[] b, int off, int len) {
        decoder.feed(b, off, len);
    }

    /** The stream has ended: the frame in progress, if any of it came, is judged truncated. Nothing is read after. */
    public void finish() {
        decoder.finish();
    }

    /** How many bytes have been read (and stepped over): the offset of the next byte. */
    public long position() {
        return decoder.position();
    }

    /** Bytes still to come before the frame in progress ends: 0 between frames, -1 while its header is incomplete. */
    public long bytesToFrameEnd() {
        return decoder.bytesToFrameEnd();
    }

    /** The header of the frame in progress once it has all come, before the payload; null between frames. */
    public FrameHeader headerInProgress() {
        return decoder.headerInProgress();
    }

    /**
     * Steps over {@code n} bytes between frames that were accounted for elsewhere (a capture's frames counted in
     * place), so the offsets of the frames after them stay stream offsets.
     *
     * @throws IllegalStateException inside a frame
     */
    public void skip(long n) {
        decoder.skip(n);
    }

    private void judge(DecodedFrame f) {
        sink.accept(f.header() == null ? FrameJudge.headerless(f) : judges.of(f.header()).judge(f));
    }
}
