package wsinspector.protocol;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Cuts one direction of a byte stream into RFC 6455 frames (§5.2), whatever the split of the input.
 *
 * <p>Total: it never throws on bad input and judges nothing (that is {@link FrameValidator}'s job), it only
 * delimits. It never allocates from an untrusted length: the buffer of a frame in progress grows as its bytes
 * arrive, so a frame announcing 2^62 bytes (or with the top bit set) just takes the rest of the stream and is
 * emitted, truncated, by {@link #finish()}. Given a limit of bytes kept, a frame longer than it keeps its header
 * and first bytes and only counts the rest ({@link DecodedFrame#omitted()}), so memory stays bounded whatever the
 * stream announces. Not thread-safe: one decoder per direction, fed from one thread.
 */
public final class FrameDecoder {
    private static final int INITIAL_BUFFER = 256;
    /** 2 bytes, an 8-byte extended length, a 4-byte masking key (RFC 6455 §5.2): always kept. */
    private static final int LONGEST_HEADER = 14;
    /** Frame size used for a length that cannot be represented (top bit set): never reached, the stream ends first. */
    private static final long UNBOUNDED = Long.MAX_VALUE;

    private final Consumer<DecodedFrame> sink;
    /** The most bytes of one frame kept in memory; those after them are counted, not kept. */
    private final long maxKept;
    /** Stream offset of the first byte of the frame in progress. */
    private long frameStart;
    /** Bytes of the frame in progress; only its first {@code used} are meaningful. */
    private byte[] buffer = new byte[0];
    private int used;
    private FrameHeader header;
    private long frameLength;
    /** Bytes of the frame in progress seen and not kept (past {@link #maxKept}). */
    private long skipped;
    private boolean finished;

    /** A decoder that keeps every byte of every frame (the frames of a live connection, bounded by its reader). */
    public FrameDecoder(Consumer<DecodedFrame> sink) {
        this(sink, Long.MAX_VALUE);
    }

    /**
     * @param maxKeptBytes the most bytes of one frame kept (at least its header is always kept); a capture's
     *                     frame announcing gigabytes costs this much memory, not gigabytes
     */
    public FrameDecoder(Consumer<DecodedFrame> sink, long maxKeptBytes) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.maxKept = Math.max(LONGEST_HEADER, maxKeptBytes);
    }

    /** How many bytes have been fed so far: the stream offset of the next byte. */
    public long position() {
        return frameStart + used + skipped;
    }

    /**
     * Bytes still to come before the frame in progress ends: 0 between frames, -1 while its header is
     * incomplete. What a reader needs to step over bytes a capture lost inside a frame.
     */
    public long bytesToFrameEnd() {
        if (used == 0) {
            return 0;
        }
        if (header != null) {
            return frameLength - used;
        }
        // Only the first bytes of the header: its length is known once the length bytes are, mask key or not.
        int second = used >= 2 ? buffer[1] & 0xFF : -1;
        int lengthCode = second & 0x7F;
        long payload;
        if (second < 0 || lengthCode == 126 && used < 4 || lengthCode == 127 && used < 10) {
            return -1;
        } else if (lengthCode < 126) {
            payload = lengthCode;
        } else if (lengthCode == 126) {
            payload = ((buffer[2] & 0xFF) << 8) | (buffer[3] & 0xFF);
        } else {
            payload = 0;
            for (int i = 2; i < 10; i++) {
                payload = (payload << 8) | (buffer[i] & 0xFF);
            }
            if (payload < 0) {
                return -1;
            }
        }
        return FrameHeader.headerLength(second) + payload - used;
    }

    /** The header of the frame in progress once all of it has arrived; null between frames or before then. */
    public FrameHeader headerInProgress() {
        return used == 0 ? null : header;
    }

    /**
     * Steps over {@code n} bytes between frames that a reader accounted for itself (frames counted where they lie),
     * so the offsets of the frames after them stay stream offsets.
     *
     * @throws IllegalStateException inside a frame
     */
    public void skip(long n) {
        if (used != 0 || n < 0) {
            throw new IllegalStateException("only whole frames are stepped over, between frames: " + n);
        }
        frameStart += n;
    }

    /** Decodes these bytes, emitting every frame they complete. Bytes fed after {@link #finish()} are ignored. */
    public void feed(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (finished) {
            return;
        }
        int end = off + len;
        while (off < end) {
            if (used == 0) {
                int taken = decodeWholeFrame(b, off, end - off);
                if (taken > 0) {
                    off += taken;
                    continue;
                }
            }
            off += accumulate(b, off, end - off);
        }
    }

    /**
     * The stream has ended: emits the frame in progress, if any of its bytes were seen, as truncated.
     * The decoder accepts nothing after this.
     */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (used > 0) {
            emit(Arrays.copyOf(buffer, used), true);
        }
        buffer = new byte[0];
    }

    /** Fast path: a frame wholly inside the input is copied once, straight into its own array. */
    private int decodeWholeFrame(byte[] b, int off, int len) {
        FrameHeader h = FrameHeader.parseOrNull(b, off, len);
        if (h == null) {
            return 0;
        }
        long total = h.frameLength();
        if (total < 0 || total > len || total > maxKept) {
            return 0;
        }
        header = h;
        emit(Arrays.copyOfRange(b, off, off + (int) total), false);
        return (int) total;
    }

    /** Slow path: appends what the frame in progress still needs, emitting it when complete. */
    private int accumulate(byte[] b, int off, int len) {
        long need = header != null ? frameLength - used - skipped : headerBytesNeeded() - used;
        int take = (int) Math.min(need, len);
        if (header != null && used + take > maxKept) {
            int kept = (int) Math.max(0, maxKept - used);
            append(b, off, kept);
            skipped += take - kept;
        } else {
            append(b, off, take);
        }
        if (header == null && used >= 2 && used == FrameHeader.headerLength(buffer[1] & 0xFF)) {
            header = FrameHeader.parseOrNull(buffer, 0, used);
            long total = header.frameLength();
            frameLength = total < 0 ? UNBOUNDED : total;
        }
        if (header != null && used + skipped == frameLength) {
            // The buffer never grows past the frame's length, so it is usually exactly the frame: hand it over.
            byte[] wire = buffer.length == used ? buffer : Arrays.copyOf(buffer, used);
            if (wire == buffer) {
                buffer = new byte[0];
            }
            emit(wire, false);
        }
        return take;
    }

    /** 2 until the second byte is known, then the header length it implies. */
    private int headerBytesNeeded() {
        return used < 2 ? 2 : FrameHeader.headerLength(buffer[1] & 0xFF);
    }

    private void append(byte[] b, int off, int n) {
        if (used + n > buffer.length) {
            // Grow by doubling from what has arrived, never towards what the header announces.
            // Capping at the announced length (a minimum, never a request) lets the buffer become the frame's array.
            long capacity = Math.max(INITIAL_BUFFER, buffer.length);
            while (capacity < used + n) {
                capacity *= 2;
            }
            if (header != null) {
                long frameKept = Math.min(frameLength, maxKept);
                // Once at least an eighth of the frame has arrived, take its whole size at once: one allocation
                // and one copy per byte instead of a doubling series, and memory still bounded by what arrived.
                capacity = frameKept <= 8L * (used + n) ? frameKept : Math.min(capacity, frameKept);
            }
            buffer = Arrays.copyOf(buffer, (int) Math.min(capacity, Integer.MAX_VALUE - 8));
        }
        System.arraycopy(b, off, buffer, used, n);
        used += n;
    }

    private void emit(byte[] wire, boolean truncated) {
        DecodedFrame frame = new DecodedFrame(frameStart, header, wire, truncated, skipped);
        frameStart += wire.length + skipped;
        used = 0;
        skipped = 0;
        header = null;
        if (buffer.length > 64 * 1024) {
            buffer = new byte[0]; // do not keep a large buffer alive after a large frame
        }
        sink.accept(frame);
    }
}
