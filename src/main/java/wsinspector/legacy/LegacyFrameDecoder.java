package wsinspector.legacy;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Splits one direction of a legacy WebSocket stream into frames (draft-hixie-76 §5.3, §4.2).
 *
 * <p>A state machine fed with bytes in any split: one byte at a time gives the same frames as the
 * whole stream. It never throws on bad input and never allocates from a declared length: the
 * bytes of a frame are kept as they arrive. A length above 2^31 - 1, or a length field of more than
 * {@value LegacyFrame#MAX_LENGTH_BYTES} bytes, cannot be honoured, so the rest of the stream becomes
 * that frame's payload and {@link #finish()} emits it as truncated. Judging the frames is
 * {@link LegacyFrameValidator}'s job, not this class's.
 */
public final class LegacyFrameDecoder {

    private static final int HIGH_BIT = 0x80;
    private static final int LOW_SEVEN = 0x7F;

    private enum State {
        /** Waiting for a frame type byte. */
        TYPE,
        /** Inside a text frame, reading up to the 0xFF sentinel. */
        TEXT,
        /** Reading 7-bit length groups. */
        LENGTH,
        /** Reading the declared number of payload bytes. */
        PAYLOAD,
        /** The length could not be honoured: everything left belongs to this frame. */
        DRAIN
    }

    private final Consumer<LegacyFrame> sink;
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream();
    private State state = State.TYPE;
    private long position;
    private long frameStart;
    private int frameType;
    private int lengthBytes;
    private long length;
    private long remaining;

    /** @param sink receives every frame, in stream order, as soon as its last byte is read */
    public LegacyFrameDecoder(Consumer<LegacyFrame> sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** The stream offset of the next byte to be fed. */
    public long position() {
        return position;
    }

    /** Bytes of the frame in progress kept so far; 0 between frames (a live reader's limit watches it). */
    public int pendingBytes() {
        return frame.size();
    }

    /**
     * The payload length the frame in progress announced: -1 while none is known (between frames, a text frame,
     * length bytes still coming), {@link Long#MAX_VALUE} for a length that cannot be honoured.
     */
    public long announcedLength() {
        return state == State.PAYLOAD ? length : state == State.DRAIN ? Long.MAX_VALUE : -1;
    }

    /** Feeds {@code len} bytes of {@code b} from {@code off}; emits each frame they complete. */
    public void feed(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        int i = off;
        int end = off + len;
        while (i < end) {
            int used = switch (state) {
                case TYPE -> type(b[i] & 0xFF);
                case TEXT -> text(b, i, end);
                case LENGTH -> lengthByte(b[i] & 0xFF);
                case PAYLOAD -> payload(b, i, end);
                case DRAIN -> keep(b, i, end - i);
            };
            i += used;
            position += used;
        }
    }

    /** The stream ended: emits the frame in progress, if any, as truncated. */
    public void finish() {
        if (state != State.TYPE) {
            emit(true);
        }
    }

    private int type(int type) {
        frameStart = position;
        frameType = type;
        lengthBytes = 0;
        length = 0;
        frame.write(type);
        // draft-hixie-76 §5.3: the high bit of the type byte chooses between sentinel and length framing.
        state = (type & HIGH_BIT) == 0 ? State.TEXT : State.LENGTH;
        return 1;
    }

    private int text(byte[] b, int from, int end) {
        int i = from;
        while (i < end && (b[i] & 0xFF) != LegacyFrame.SENTINEL) {
            i++;
        }
        if (i == end) {
            return keep(b, from, end - from);
        }
        keep(b, from, i - from + 1);
        emit(false);
        return i - from + 1;
    }

    private int lengthByte(int v) {
        frame.write(v);
        lengthBytes++;
        if (lengthBytes > LegacyFrame.MAX_LENGTH_BYTES) {
            state = State.DRAIN; // no long holds it; do not guess where the frame ends
            return 1;
        }
        length = (length << 7) | (v & LOW_SEVEN);
        if ((v & HIGH_BIT) != 0) {
            return 1; // more groups follow
        }
        if (length > Integer.MAX_VALUE) {
            state = State.DRAIN;
        } else if (length == 0) {
            emit(false);
        } else {
            remaining = length;
            state = State.PAYLOAD;
        }
        return 1;
    }

    private int payload(byte[] b, int from, int end) {
        int n = (int) Math.min(remaining, end - from);
        keep(b, from, n);
        remaining -= n;
        if (remaining == 0) {
            emit(false);
        }
        return n;
    }

    private int keep(byte[] b, int from, int n) {
        frame.write(b, from, n);
        return n;
    }

    private void emit(boolean truncated) {
        byte[] wire = frame.toByteArray();
        frame.reset();
        state = State.TYPE;
        sink.accept(build(wire, truncated));
    }

    private LegacyFrame build(byte[] wire, boolean truncated) {
        if ((frameType & HIGH_BIT) == 0) {
            int payloadLength = wire.length - 1 - (truncated ? 0 : 1);
            return new LegacyFrame(frameStart, frameType, LegacyFrame.Kind.TEXT_SENTINEL, wire,
                    -1, 0, 1, payloadLength, truncated);
        }
        // draft-hixie-76 §5.3: type 0xFF with length 0 is the closing handshake.
        boolean close = frameType == LegacyFrame.TYPE_CLOSE && !truncated && length == 0
                && lengthBytes <= LegacyFrame.MAX_LENGTH_BYTES;
        LegacyFrame.Kind kind = close ? LegacyFrame.Kind.CLOSE : LegacyFrame.Kind.LENGTH_PREFIXED;
        int payloadOffset = 1 + lengthBytes;
        return new LegacyFrame(frameStart, frameType, kind, wire, 1, lengthBytes, payloadOffset,
                wire.length - payloadOffset, truncated);
    }
}
