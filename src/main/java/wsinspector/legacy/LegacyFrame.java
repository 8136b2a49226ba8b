package wsinspector.legacy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One legacy frame as it was on the wire (draft-hixie-76 §5.3).
 *
 * @param offset            stream offset of the frame type byte
 * @param frameType         the frame type byte, 0x00–0xFF
 * @param kind              how the frame is delimited, decided by its type byte
 * @param wire              every byte of the frame that was read, the type byte first
 * @param lengthFieldOffset offset in {@code wire} of the first length byte, -1 for a text frame
 * @param lengthFieldSize   number of length bytes (7-bit groups), 0 for a text frame
 * @param payloadOffset     offset in {@code wire} of the first payload byte
 * @param payloadLength     number of payload bytes that were read (less than declared when truncated)
 * @param truncated         the stream ended (or the length was too large to honour) before the frame was complete
 */
public record LegacyFrame(long offset, int frameType, Kind kind, byte[] wire, int lengthFieldOffset,
                          int lengthFieldSize, int payloadOffset, int payloadLength, boolean truncated) {

    /** Type 0x00 is the one text type both drafts define. */
    public static final int TYPE_TEXT = 0x00;
    /** The binary type this project sends: the first length-prefixed type. */
    public static final int TYPE_BINARY = 0x80;
    /** Type 0xFF with length 0 is the closing handshake (draft 76 only). */
    public static final int TYPE_CLOSE = 0xFF;
    /** The byte that ends a text frame. */
    public static final int SENTINEL = 0xFF;
    /** More than 9 groups of 7 bits do not fit a signed 64-bit number. */
    public static final int MAX_LENGTH_BYTES = 9;

    /** How a frame is delimited: the high bit of the type byte decides (draft-hixie-76 §5.3). */
    public enum Kind {
        /** Type below 0x80: payload bytes up to the next 0xFF. */
        TEXT_SENTINEL,
        /** Type 0x80 and above (other than the close): a 7-bit-group length, then that many bytes. */
        LENGTH_PREFIXED,
        /** 0xFF 0x00: the closing handshake of draft 76. */
        CLOSE
    }

    public LegacyFrame {
        wire = wire.clone();
    }

    @Override
    public byte[] wire() {
        return wire.clone();
    }

    /** The payload bytes that were read. */
    public byte[] payload() {
        return Arrays.copyOfRange(wire, payloadOffset, payloadOffset + payloadLength);
    }

    /** The payload decoded as UTF-8 (malformed bytes replaced) for type 0x00, else null. */
    public String text() {
        if (frameType != TYPE_TEXT) {
            return null;
        }
        return new String(wire, payloadOffset, payloadLength, StandardCharsets.UTF_8);
    }

    /** Whether the sentinel byte 0xFF that ends a text frame was read. */
    public boolean terminated() {
        return kind == Kind.TEXT_SENTINEL && !truncated;
    }

    /**
     * The length the length field declares, read as 7-bit groups, big-endian (draft-hixie-76 §5.3).
     * -1 for a text frame, and for a field of more than {@value #MAX_LENGTH_BYTES} bytes, which no long holds.
     * For a field cut short by the end of the stream, the value of the groups that were read.
     */
    public long declaredLength() {
        if (kind == Kind.TEXT_SENTINEL || lengthFieldSize > MAX_LENGTH_BYTES) {
            return -1;
        }
        long length = 0;
        for (int i = 0; i < lengthFieldSize; i++) {
            length = (length << 7) | (wire[lengthFieldOffset + i] & 0x7F);
        }
        return length;
    }

    /** Whether the length field ended (a byte without the high bit was read). */
    public boolean lengthComplete() {
        if (kind == Kind.TEXT_SENTINEL) {
            return true;
        }
        return lengthFieldSize > 0 && (wire[lengthFieldOffset + lengthFieldSize - 1] & 0x80) == 0;
    }

    /** Whether the declared length is one this decoder refuses to honour (above 2^31 - 1 or too many bytes). */
    public boolean lengthTooLarge() {
        if (kind == Kind.TEXT_SENTINEL) {
            return false;
        }
        return lengthFieldSize > MAX_LENGTH_BYTES || declaredLength() > Integer.MAX_VALUE;
    }

    /** Frames are values: equal when every field and every wire byte is equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LegacyFrame f && offset == f.offset && frameType == f.frameType && kind == f.kind
                && lengthFieldOffset == f.lengthFieldOffset && lengthFieldSize == f.lengthFieldSize
                && payloadOffset == f.payloadOffset && payloadLength == f.payloadLength
                && truncated == f.truncated && Arrays.equals(wire, f.wire);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(offset) * 31 + Arrays.hashCode(wire);
    }

    @Override
    public String toString() {
        StringBuilder hex = new StringBuilder();
        for (byte b : wire) {
            hex.append(String.format("%02x", b & 0xFF));
        }
        return "LegacyFrame[offset=" + offset + ", type=0x" + String.format("%02x", frameType) + ", kind=" + kind
                + ", wire=" + hex + ", payloadLength=" + payloadLength + (truncated ? ", truncated" : "") + "]";
    }
}
