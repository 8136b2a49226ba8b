package wsinspector.protocol;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The header of one RFC 6455 frame (§5.2), exactly as it was on the wire, whether valid or not.
 *
 * <pre>
 *  0               1               2               3
 *  0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7
 * +-+-+-+-+-------+-+-------------+-------------------------------+
 * |F|R|R|R| opcode|M| Payload len |    Extended payload length    |
 * |I|S|S|S|  (4)  |A|     (7)     |             (16/64)           |
 * |N|V|V|V|       |S|             |   (if payload len==126/127)   |
 * | |1|2|3|       |K|             |                               |
 * </pre>
 *
 * @param opcode        the 4-bit opcode, reserved values included (see {@link Opcode})
 * @param lengthCode    the 7-bit payload length field (0-125 the length itself, 126 or 127 an extended length follows)
 * @param payloadLength the payload length; when a 64-bit length has its top bit set it is kept as is, so it is
 *                      negative here: see {@link #lengthTopBitSet()}
 * @param maskingKey    the 4-byte masking key, null when the frame is not masked
 */
public record FrameHeader(boolean fin, boolean rsv1, boolean rsv2, boolean rsv3, int opcode, boolean masked,
                          int lengthCode, long payloadLength, byte[] maskingKey) {

    /** Byte 0: the final fragment of a message (RFC 6455 §5.2). */
    public static final int B0_FLAG_FIN = 0b1000_0000;
    /** Byte 0: reserved bit 1; permessage-deflate's "Per-Message Compressed" bit (RFC 7692 §6). */
    public static final int B0_FLAG_RSV1 = 0b0100_0000;
    public static final int B0_FLAG_RSV2 = 0b0010_0000;
    public static final int B0_FLAG_RSV3 = 0b0001_0000;
    public static final int B0_MASK_OPCODE = 0b0000_1111;
    /** Byte 1: the payload is masked and a 4-byte masking key follows the length. */
    public static final int B1_FLAG_MASK = 0b1000_0000;
    public static final int B1_MASK_LENGTH = 0b0111_1111;
    /** The longest payload whose length fits in the 7-bit field; also the longest control frame payload (§5.5). */
    public static final int PAYLOAD_SHORT_MAX = 125;
    /** Length code: a 16-bit unsigned length follows. */
    public static final int PAYLOAD_16 = 126;
    /** Length code: a 64-bit length follows, most significant bit 0. */
    public static final int PAYLOAD_64 = 127;
    /** The longest payload whose length fits in the 16-bit extended length. */
    public static final int PAYLOAD_16_MAX = 0xFFFF;
    public static final int MASKING_KEY_SIZE = 4;

    public FrameHeader {
        maskingKey = maskingKey == null ? null : maskingKey.clone();
    }

    /** The masking key (a copy), null when the frame is not masked. */
    @Override
    public byte[] maskingKey() {
        return maskingKey == null ? null : maskingKey.clone();
    }

    /** Whether the 64-bit payload length has its most significant bit set (forbidden by RFC 6455 §5.2). */
    public boolean lengthTopBitSet() {
        return payloadLength < 0;
    }

    /** The size of the extended payload length: 0, 2 or 8 bytes. */
    public int extendedLengthSize() {
        return extendedLengthSize(lengthCode);
    }

    /** The header size in bytes: 2 to 14. */
    public int headerLength() {
        return 2 + extendedLengthSize() + (masked ? MASKING_KEY_SIZE : 0);
    }

    /** Where the masking key starts, relative to the frame's first byte; -1 when there is none. */
    public int maskingKeyOffset() {
        return masked ? 2 + extendedLengthSize() : -1;
    }

    /** Offset of the extended length relative to the frame start (always 2), meaningful when {@link #extendedLengthSize()} &gt; 0. */
    public int extendedLengthOffset() {
        return 2;
    }

    /**
     * The frame's total size, header plus payload, or -1 when it cannot be represented
     * (top bit set, or too large for a long).
     */
    public long frameLength() {
        long total = headerLength() + payloadLength;
        return payloadLength < 0 || total < 0 ? -1 : total;
    }

    /** The defined opcode, empty for a reserved one. */
    public Optional<Opcode> opcodeName() {
        return Opcode.of(opcode);
    }

    /** The size of the extended length that follows a 7-bit length code (RFC 6455 §5.2). */
    public static int extendedLengthSize(int lengthCode) {
        return lengthCode == PAYLOAD_16 ? 2 : lengthCode == PAYLOAD_64 ? 8 : 0;
    }

    /** The header length implied by the second byte of a frame (mask bit and length code). */
    public static int headerLength(int byte1) {
        return 2 + extendedLengthSize(byte1 & B1_MASK_LENGTH) + ((byte1 & B1_FLAG_MASK) != 0 ? MASKING_KEY_SIZE : 0);
    }

    /**
     * Parses the header at {@code buf[off]}, looking at no more than {@code len} bytes.
     * Total: never throws for any {@code len >= 0} within the array.
     *
     * @return the header, or empty when the {@code len} bytes end before the header does
     */
    public static Optional<FrameHeader> parse(byte[] buf, int off, int len) {
        return Optional.ofNullable(parseOrNull(buf, off, len));
    }

    /** Like {@link #parse}, without the Optional: null when incomplete (the decoder's hot path). */
    static FrameHeader parseOrNull(byte[] buf, int off, int len) {
        if (len < 2) {
            return null;
        }
        int b0 = buf[off] & 0xFF;
        int b1 = buf[off + 1] & 0xFF;
        int headerLength = headerLength(b1);
        if (len < headerLength) {
            return null;
        }
        int lengthCode = b1 & B1_MASK_LENGTH;
        long payloadLength;
        if (lengthCode == PAYLOAD_16) {
            payloadLength = ((buf[off + 2] & 0xFF) << 8) | (buf[off + 3] & 0xFF);
        } else if (lengthCode == PAYLOAD_64) {
            payloadLength = 0;
            for (int i = 0; i < 8; i++) {
                payloadLength = (payloadLength << 8) | (buf[off + 2 + i] & 0xFF);
            }
        } else {
            payloadLength = lengthCode;
        }
        boolean masked = (b1 & B1_FLAG_MASK) != 0;
        byte[] key = null;
        if (masked) {
            int k = off + headerLength - MASKING_KEY_SIZE;
            key = new byte[] {buf[k], buf[k + 1], buf[k + 2], buf[k + 3]};
        }
        return new FrameHeader((b0 & B0_FLAG_FIN) != 0, (b0 & B0_FLAG_RSV1) != 0, (b0 & B0_FLAG_RSV2) != 0,
                (b0 & B0_FLAG_RSV3) != 0, b0 & B0_MASK_OPCODE, masked, lengthCode, payloadLength, key);
    }

    /**
     * Writes this header into {@code into} from index 0 exactly as it was on the wire (the length in the form it
     * came in, a set top bit included): the frame's wire bytes are made again from its header and payload.
     *
     * @return the header's length
     */
    int writeTo(byte[] into) {
        into[0] = (byte) ((fin ? B0_FLAG_FIN : 0) | (rsv1 ? B0_FLAG_RSV1 : 0) | (rsv2 ? B0_FLAG_RSV2 : 0)
                | (rsv3 ? B0_FLAG_RSV3 : 0) | (opcode & B0_MASK_OPCODE));
        into[1] = (byte) ((masked ? B1_FLAG_MASK : 0) | lengthCode);
        int extended = extendedLengthSize();
        for (int i = 0; i < extended; i++) {
            into[2 + i] = (byte) (payloadLength >>> (8 * (extended - 1 - i)));
        }
        if (masked) {
            System.arraycopy(maskingKey, 0, into, 2 + extended, MASKING_KEY_SIZE);
        }
        return headerLength();
    }

    /** Direct access for the decoder and Masking, which do not modify the key. */
    byte[] maskingKeyUnsafe() {
        return maskingKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameHeader h && fin == h.fin && rsv1 == h.rsv1 && rsv2 == h.rsv2 && rsv3 == h.rsv3
                && opcode == h.opcode && masked == h.masked && lengthCode == h.lengthCode
                && payloadLength == h.payloadLength && Arrays.equals(maskingKey, h.maskingKey);
    }

    @Override
    public int hashCode() {
        int h = Boolean.hashCode(fin) * 31 + opcode;
        h = h * 31 + Long.hashCode(payloadLength);
        h = h * 31 + (rsv1 ? 4 : 0) + (rsv2 ? 2 : 0) + (rsv3 ? 1 : 0);
        return h * 31 + Arrays.hashCode(maskingKey);
    }

    @Override
    public String toString() {
        return "FrameHeader[fin=" + fin + ", rsv=" + (rsv1 ? 1 : 0) + (rsv2 ? 1 : 0) + (rsv3 ? 1 : 0)
                + ", opcode=0x" + Integer.toHexString(opcode) + ", masked=" + masked + ", lengthCode=" + lengthCode
                + ", payloadLength=" + Long.toUnsignedString(payloadLength)
                + ", maskingKey=" + (maskingKey == null ? "null" : HexFormat.of().formatHex(maskingKey)) + "]";
    }
}
