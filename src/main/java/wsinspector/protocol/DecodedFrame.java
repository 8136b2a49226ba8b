package wsinspector.protocol;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One frame as the {@link FrameDecoder} found it in a stream, not yet judged ({@link FrameValidator} does that).
 *
 * <p>What it holds is the parsed header and the payload already unmasked, in one array of its own: that is what
 * the server, the validator and the assembler read, and the decoder writes it straight from its input, unmasking
 * as it copies (one allocation and one pass per frame, where keeping the wire bytes too cost a second of each).
 * The bytes as they were on the wire, which the hex views show, are made again on first asking from the header
 * (it keeps every bit of the header as sent, the length's form included) and the payload masked once more
 * (masking is its own inverse). A frame cut before its header ended has no header and keeps its bytes as they came.
 */
public final class DecodedFrame {
    private final long offset;
    private final FrameHeader header;
    /** With a header: the payload bytes present, unmasked. Without: the frame's bytes as they came. */
    private final byte[] bytes;
    private final boolean truncated;
    private final long omitted;
    /** The wire bytes once made (volatile: a frame made on a reading thread may be shown on another). */
    private volatile byte[] wire;

    private DecodedFrame(long offset, FrameHeader header, byte[] bytes, boolean truncated, long omitted, byte[] wire) {
        this.offset = offset;
        this.header = header;
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.truncated = truncated;
        this.omitted = omitted;
        this.wire = wire;
    }

    /**
     * A frame from its bytes as received.
     *
     * @param offset    the stream offset of the frame's first byte
     * @param header    the parsed header; null only when the stream ended before the header was complete
     * @param wire      exactly the frame's bytes as received, header then (masked) payload; {@link #wire()} returns
     *                  this array itself, so the caller must not change it afterwards
     * @param truncated whether the stream ended before the frame did
     * @param omitted   bytes of the frame that followed {@code wire} on the wire and were counted, not kept (a frame
     *                  longer than its decoder's limit); 0 for a frame held whole
     */
    public DecodedFrame(long offset, FrameHeader header, byte[] wire, boolean truncated, long omitted) {
        this(offset, header, header == null ? wire : payloadOf(header, wire), truncated, omitted, wire);
    }

    /** A frame held whole, from its bytes as received. */
    public DecodedFrame(long offset, FrameHeader header, byte[] wire, boolean truncated) {
        this(offset, header, wire, truncated, 0);
    }

    /**
     * A frame from its header and its payload already unmasked (the decoder's way: no wire bytes kept).
     *
     * @param payload the payload bytes present, unmasked; the frame keeps this array (the caller hands it over)
     */
    static DecodedFrame ofPayload(long offset, FrameHeader header, byte[] payload, boolean truncated, long omitted) {
        return new DecodedFrame(offset, Objects.requireNonNull(header, "header"), payload, truncated, omitted, null);
    }

    /** A frame the stream ended inside of before its header was whole: its bytes as they came. */
    static DecodedFrame headerless(long offset, byte[] bytes) {
        return new DecodedFrame(offset, null, bytes, true, 0, bytes);
    }

    private static byte[] payloadOf(FrameHeader header, byte[] wire) {
        int start = Math.min(header.headerLength(), wire.length);
        byte[] payload = Arrays.copyOfRange(wire, start, wire.length);
        if (header.masked()) {
            Masking.toggle(payload, 0, payload.length, header.maskingKeyUnsafe(), 0);
        }
        return payload;
    }

    /** The stream offset of the frame's first byte. */
    public long offset() {
        return offset;
    }

    /** The parsed header; null only when the stream ended before the header was complete. */
    public FrameHeader header() {
        return header;
    }

    /** Whether the stream ended before the frame did. */
    public boolean truncated() {
        return truncated;
    }

    /** Bytes of the frame past those kept, counted and not kept (a frame longer than its decoder's limit). */
    public long omitted() {
        return omitted;
    }

    /**
     * Exactly the frame's bytes as received (those kept), header then (masked) payload. Made on the first call and
     * the same array after: callers must not change it.
     */
    public byte[] wire() {
        byte[] w = wire;
        if (w == null) {
            int headerLength = header.headerLength();
            w = new byte[headerLength + bytes.length];
            header.writeTo(w);
            if (header.masked()) {
                Masking.copyToggled(bytes, 0, w, headerLength, bytes.length, header.maskingKeyUnsafe(), 0);
            } else {
                System.arraycopy(bytes, 0, w, headerLength, bytes.length);
            }
            wire = w;
        }
        return w;
    }

    /** How many bytes of the stream the frame took: those kept and those omitted. */
    public long length() {
        return wireLength() + omitted;
    }

    /** Where the payload starts in {@link #wire()}; the wire length when there is no header. */
    public int payloadOffsetInWire() {
        return header == null ? bytes.length : Math.min(header.headerLength(), wireLength());
    }

    /** How many payload bytes are present (fewer than the header's length when truncated). */
    public int payloadBytesPresent() {
        return header == null ? 0 : bytes.length;
    }

    /**
     * The payload bytes present, unmasked (RFC 6455 §5.3): the frame's own array, not a copy (no caller changes
     * it; the wire bytes are made from it).
     */
    public byte[] unmaskedPayload() {
        return header == null ? new byte[0] : bytes;
    }

    /** The stream offset of the payload's first byte. */
    public long payloadOffset() {
        return offset + payloadOffsetInWire();
    }

    /** How many of the frame's bytes are kept: {@code wire().length}, without making the wire bytes. */
    public int wireLength() {
        if (header == null) {
            return bytes.length;
        }
        byte[] w = wire;
        return w != null ? w.length : header.headerLength() + bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecodedFrame f && offset == f.offset && truncated == f.truncated && omitted == f.omitted
                && Objects.equals(header, f.header) && Arrays.equals(bytes, f.bytes); // the same wire bytes
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(offset) * 31 + Objects.hashCode(header)) * 31 + Arrays.hashCode(bytes)
                + (truncated ? 1 : 0);
    }

    @Override
    public String toString() {
        byte[] w = wire();
        return "DecodedFrame[offset=" + offset + ", header=" + header + ", wire(" + w.length + ")="
                + HexFormat.of().formatHex(w, 0, Math.min(w.length, 32)) + (w.length > 32 ? "…" : "")
                + ", truncated=" + truncated + (omitted > 0 ? ", omitted=" + omitted : "") + "]";
    }
}
