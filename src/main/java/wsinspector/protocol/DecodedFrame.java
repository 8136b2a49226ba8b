package wsinspector.protocol;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One frame as the {@link FrameDecoder} found it in a stream, not yet judged ({@link FrameValidator} does that).
 *
 * @param offset    the stream offset of the frame's first byte
 * @param header    the parsed header; null only when the stream ended before the header was complete
 * @param wire      exactly the frame's bytes as received, header then (masked) payload; the accessor returns the
 *                  array itself, not a copy (the decoder hands each frame its own array and never touches it again)
 * @param truncated whether the stream ended before the frame did
 * @param omitted   bytes of the frame that followed {@code wire} on the wire and were counted, not kept (a frame
 *                  longer than its decoder's limit); 0 for a frame held whole
 */
public record DecodedFrame(long offset, FrameHeader header, byte[] wire, boolean truncated, long omitted) {

    /** A frame held whole. */
    public DecodedFrame(long offset, FrameHeader header, byte[] wire, boolean truncated) {
        this(offset, header, wire, truncated, 0);
    }

    /** How many bytes of the stream the frame took: those kept and those omitted. */
    public long length() {
        return wire.length + omitted;
    }

    /** Where the payload starts in {@link #wire()}; the wire length when there is no header. */
    public int payloadOffsetInWire() {
        return header == null ? wire.length : Math.min(header.headerLength(), wire.length);
    }

    /** How many payload bytes are present (fewer than the header's length when truncated). */
    public int payloadBytesPresent() {
        return wire.length - payloadOffsetInWire();
    }

    /** The payload bytes present, unmasked (RFC 6455 §5.3); a new array. */
    public byte[] unmaskedPayload() {
        int start = payloadOffsetInWire();
        if (header == null || !header.masked()) {
            return Arrays.copyOfRange(wire, start, wire.length);
        }
        // Copy and unmask in one pass over the bytes, 8 at a time: the large-frame cost is this loop.
        byte[] payload = Arrays.copyOfRange(wire, start, wire.length);
        Masking.toggle(payload, 0, payload.length, header.maskingKeyUnsafe(), 0);
        return payload;
    }

    /** The stream offset of the payload's first byte. */
    public long payloadOffset() {
        return offset + payloadOffsetInWire();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecodedFrame f && offset == f.offset && truncated == f.truncated && omitted == f.omitted
                && java.util.Objects.equals(header, f.header) && Arrays.equals(wire, f.wire);
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(offset) * 31 + java.util.Objects.hashCode(header)) * 31 + Arrays.hashCode(wire)
                + (truncated ? 1 : 0);
    }

    @Override
    public String toString() {
        return "DecodedFrame[offset=" + offset + ", header=" + header + ", wire(" + wire.length + ")="
                + HexFormat.of().formatHex(wire, 0, Math.min(wire.length, 32)) + (wire.length > 32 ? "…" : "")
                + ", truncated=" + truncated + (omitted > 0 ? ", omitted=" + omitted : "") + "]";
    }
}
