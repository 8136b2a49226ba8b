package wsinspector.protocol;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Cuts one direction of a byte stream into RFC 6455 frames (§5.2), whatever the split of the input.
 *
 * <p>Total: it never throws on bad input and judges nothing (that is {@link FrameValidator}'s job), it only
 * delimits. Each frame's payload is unmasked as it is copied out of the input, straight into the frame's own array
 * ({@link DecodedFrame} keeps the header and that array; the wire bytes are made again when asked for). It never
 * allocates from an untrusted length: the payload array of a frame in progress grows as its bytes arrive, so a frame
 * announcing 2^62 bytes (or with the top bit set) just takes the rest of the stream and is emitted, truncated, by
 * {@link #finish()}. Given a limit of bytes kept, a frame longer than it keeps its header
 * and first bytes and only counts the rest ({@link DecodedFrame#omitted()}), so memory stays bounded whatever the
 * stream announces. Not thread-safe: one decoder per direction, fed from one thread.
 */
public final class FrameDecoder {
    private static final int INITIAL_BUFFER = 256;
    /** 2 bytes, an 8-byte extended length, a 4-byte masking key (RFC 6455 §5.2): always kept. */
    private static final int LONGEST_HEADER = 14;
    /** Frame size used for a length that cannot be represented (top bit set): never reached, the stream ends first. */
    private static final long UNBOUNDED = Long.MAX_VALUE;
    private static final byte[] EMPTY = new byte[0];

    private final Consumer<DecodedFrame> sink;
    /** The most bytes of one frame kept in memory; those after them are counted, not kept. */
    private final long maxKept;
    /** Stream offset of the first byte of the frame in progress. */
    private long frameStart;
    /** The header bytes of the frame in progress that have arrived; its first {@code headUsed} are meaningful. */
    private final byte[] head = new byte[LONGEST_HEADER];
    private int headUsed;
    /** The frame in progress's header once whole, else null. */
    private FrameHeader header;
    private long frameLength;
    /** How many payload bytes of the frame in progress are kept, at most. */
    private long payloadKept;
    /** The payload of the frame in progress, unmasked; only its first {@code payloadUsed} are meaningful. */
    private byte[] payload = EMPTY;
    private int payloadUsed;
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
        return frameStart + headUsed + payloadUsed + skipped;
    }

    /**
     * Bytes still to come before the frame in progress ends: 0 between frames, -1 while its header is
     * incomplete. What a reader needs to step over bytes a capture lost inside a frame.
     */
    public long bytesToFrameEnd() {
        if (headUsed == 0) {
            return 0;
        }
        if (header != null) {
            return frameLength - headUsed - payloadUsed - skipped;
        }
        // Only the first bytes of the header: its length is known once the length bytes are, mask key or not.
        int second = headUsed >= 2 ? head[1] & 0xFF : -1;
        int lengthCode = second & 0x7F;
        long payloadLength;
        if (second < 0 || lengthCode == 126 && headUsed < 4 || lengthCode == 127 && headUsed < 10) {
            return -1;
        } else if (lengthCode < 126) {
            payloadLength = lengthCode;
        } else if (lengthCode == 126) {
            payloadLength = ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
        } else {
            payloadLength = 0;
            for (int i = 2; i < 10; i++) {
                payloadLength = (payloadLength << 8) | (head[i] & 0xFF);
            }
            if (payloadLength < 0) {
                return -1;
            }
        }
        return FrameHeader.headerLength(second) + payloadLength - headUsed;
    }

    /** The header of the frame in progress once all of it has arrived; null between frames or before then. */
    public FrameHeader headerInProgress() {
        return header;
    }

    /**
     * Steps over {@code n} bytes between frames that a reader accounted for itself (frames counted where they lie),
     * so the offsets of the frames after them stay stream offsets.
     *
     * @throws IllegalStateException inside a frame
     */
    public void skip(long n) {
        if (headUsed != 0 || n < 0) {
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
            if (headUsed == 0) {
                int taken = decodeWholeFrame(b, off, end - off);
                if (taken > 0) {
                    off += taken;
                    continue;
                }
            }
            off += header == null ? accumulateHeader(b, off, end - off) : accumulatePayload(b, off, end - off);
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
        if (header != null) {
            emit(DecodedFrame.ofPayload(frameStart, header, takePayload(), true, skipped));
        } else if (headUsed > 0) {
            emit(DecodedFrame.headerless(frameStart, Arrays.copyOf(head, headUsed)));
        }
    }

    /** Fast path: a frame wholly inside the input has its payload copied (and unmasked) once, into its own array. */
    private int decodeWholeFrame(byte[] b, int off, int len) {
        FrameHeader h = FrameHeader.parseOrNull(b, off, len);
        if (h == null) {
            return 0;
        }
        long total = h.frameLength();
        if (total < 0 || total > len || total > maxKept) {
            return 0;
        }
        int headerLength = h.headerLength();
        int n = (int) total - headerLength;
        byte[] p;
        if (n == 0) {
            p = EMPTY;
        } else if (h.masked()) {
            p = new byte[n];
            Masking.copyToggled(b, off + headerLength, p, 0, n, h.maskingKeyUnsafe(), 0);
        } else {
            p = Arrays.copyOfRange(b, off + headerLength, off + (int) total);
        }
        emitWhole(DecodedFrame.ofPayload(frameStart, h, p, false, 0), total);
        return (int) total;
    }

    /** Slow path, header: keeps what the header still needs; a frame with nothing after its header ends here. */
    private int accumulateHeader(byte[] b, int off, int len) {
        int need = (headUsed < 2 ? 2 : FrameHeader.headerLength(head[1] & 0xFF)) - headUsed;
        int take = Math.min(need, len);
        System.arraycopy(b, off, head, headUsed, take);
        headUsed += take;
        if (headUsed >= 2 && headUsed == FrameHeader.headerLength(head[1] & 0xFF)) {
            header = FrameHeader.parseOrNull(head, 0, headUsed);
            long total = header.frameLength();
            frameLength = total < 0 ? UNBOUNDED : total;
            payloadKept = Math.min(frameLength, maxKept) - headUsed;
            if (frameLength == headUsed) {
                emit(DecodedFrame.ofPayload(frameStart, header, EMPTY, false, 0));
            }
        }
        return take;
    }

    /** Slow path, payload: unmasks what the frame still needs into its array, emitting the frame when complete. */
    private int accumulatePayload(byte[] b, int off, int len) {
        int take = (int) Math.min(frameLength - headUsed - payloadUsed - skipped, len);
        int keep = (int) Math.max(0, Math.min(take, payloadKept - payloadUsed));
        if (keep > 0) {
            appendPayload(b, off, keep);
        }
        skipped += take - keep;
        if (headUsed + payloadUsed + skipped == frameLength) {
            emit(DecodedFrame.ofPayload(frameStart, header, takePayload(), false, skipped));
        }
        return take;
    }

    private void appendPayload(byte[] b, int off, int n) {
        if (payloadUsed + n > payload.length) {
            // Grow by doubling from what has arrived, never towards what the header announces.
            // Capping at the length kept (a minimum, never a request) lets the array become the frame's payload.
            long capacity = Math.max(INITIAL_BUFFER, payload.length);
            while (capacity < payloadUsed + n) {
                capacity *= 2;
            }
            // Once at least an eighth of the payload has arrived, take its whole size at once: one allocation
            // and one copy per byte instead of a doubling series, and memory still bounded by what arrived.
            capacity = payloadKept <= 8L * (payloadUsed + n) ? payloadKept : Math.min(capacity, payloadKept);
            payload = Arrays.copyOf(payload, (int) Math.min(capacity, Integer.MAX_VALUE - 8));
        }
        if (header.masked()) {
            Masking.copyToggled(b, off, payload, payloadUsed, n, header.maskingKeyUnsafe(), payloadUsed);
        } else {
            System.arraycopy(b, off, payload, payloadUsed, n);
        }
        payloadUsed += n;
    }

    /** The payload of the frame in progress as an array of its own length (usually the array itself, handed over). */
    private byte[] takePayload() {
        byte[] p = payload.length == payloadUsed ? payload : Arrays.copyOf(payload, payloadUsed);
        payload = EMPTY;
        return p;
    }

    /** Emits the frame in progress and starts the next one after it. */
    private void emit(DecodedFrame frame) {
        emitWhole(frame, headUsed + payloadUsed + skipped);
    }

    private void emitWhole(DecodedFrame frame, long length) {
        frameStart += length;
        headUsed = 0;
        header = null;
        payload = EMPTY;
        payloadUsed = 0;
        skipped = 0;
        sink.accept(frame);
    }
}
