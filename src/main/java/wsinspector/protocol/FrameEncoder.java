package wsinspector.protocol;

import static wsinspector.protocol.FrameHeader.B0_FLAG_FIN;
import static wsinspector.protocol.FrameHeader.B0_FLAG_RSV1;
import static wsinspector.protocol.FrameHeader.B0_FLAG_RSV2;
import static wsinspector.protocol.FrameHeader.B0_FLAG_RSV3;
import static wsinspector.protocol.FrameHeader.B0_MASK_OPCODE;
import static wsinspector.protocol.FrameHeader.B1_FLAG_MASK;
import static wsinspector.protocol.FrameHeader.PAYLOAD_16;
import static wsinspector.protocol.FrameHeader.PAYLOAD_16_MAX;
import static wsinspector.protocol.FrameHeader.PAYLOAD_64;
import static wsinspector.protocol.FrameHeader.PAYLOAD_SHORT_MAX;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import wsinspector.protocol.FrameSpec.LengthEncoding;

/** Turns frame descriptions into bytes (RFC 6455 §5.2), faithfully, including invalid frames a spec asks for. */
public final class FrameEncoder {
    private FrameEncoder() {
    }

    /** The whole frame: header, then the payload masked with the spec's key if it has one. */
    public static byte[] encode(FrameSpec spec) {
        byte[] header = encodeHeader(spec);
        byte[] payload = spec.payloadUnsafe();
        byte[] frame = Arrays.copyOf(header, header.length + payload.length);
        System.arraycopy(payload, 0, frame, header.length, payload.length);
        if (spec.maskingKeyUnsafe() != null) {
            Masking.toggle(frame, header.length, payload.length, spec.maskingKeyUnsafe(), 0);
        }
        return frame;
    }

    /** The header of the spec's frame alone (for writing the payload separately). */
    public static byte[] encodeHeader(FrameSpec spec) {
        return encodeHeader(spec.fin(), spec.rsv1(), spec.rsv2(), spec.rsv3(), spec.opcode(),
                spec.maskingKeyUnsafe(), spec.payloadUnsafe().length, spec.lengthEncoding());
    }

    /**
     * A header with the minimal length encoding, for streaming a large payload: write this, then the payload
     * masked with {@link Masking#toggle} (key position = bytes of payload already written).
     */
    public static byte[] encodeHeader(boolean fin, boolean rsv1, int opcode, byte[] maskingKey, long payloadLength) {
        return encodeHeader(fin, rsv1, false, false, opcode, maskingKey, payloadLength, LengthEncoding.MINIMAL);
    }

    /**
     * An unmasked header with the minimal length encoding, written into {@code into} from index 0 (it needs at most
     * 10 bytes): a server's header without an array of its own for each frame.
     *
     * @return the header's length
     */
    public static int encodeHeader(byte[] into, boolean fin, boolean rsv1, int opcode, long payloadLength) {
        int lengthCode = lengthCode(payloadLength, LengthEncoding.MINIMAL);
        int extended = FrameHeader.extendedLengthSize(lengthCode);
        into[0] = (byte) ((fin ? B0_FLAG_FIN : 0) | (rsv1 ? B0_FLAG_RSV1 : 0) | (opcode & B0_MASK_OPCODE));
        into[1] = (byte) lengthCode;
        putExtendedLength(into, extended, payloadLength);
        return 2 + extended;
    }

    /** The extended payload length, big-endian, after the first two bytes of a header. */
    private static void putExtendedLength(byte[] h, int extended, long payloadLength) {
        for (int i = 0; i < extended; i++) {
            h[2 + i] = (byte) (payloadLength >>> (8 * (extended - 1 - i)));
        }
    }

    /**
     * Any header. {@code payloadLength} is written as is: with FORCE_64 a negative value puts the top bit on the
     * wire, which RFC 6455 §5.2 forbids (for testing decoders).
     *
     * @throws IllegalArgumentException if the length does not fit the requested encoding or the key is not 4 bytes
     */
    public static byte[] encodeHeader(boolean fin, boolean rsv1, boolean rsv2, boolean rsv3, int opcode,
                                      byte[] maskingKey, long payloadLength, LengthEncoding encoding) {
        if (maskingKey != null && maskingKey.length != FrameHeader.MASKING_KEY_SIZE) {
            throw new IllegalArgumentException("a masking key has 4 bytes, not " + maskingKey.length);
        }
        int lengthCode = lengthCode(payloadLength, encoding);
        int extended = FrameHeader.extendedLengthSize(lengthCode);
        byte[] h = new byte[2 + extended + (maskingKey != null ? 4 : 0)];
        h[0] = (byte) ((fin ? B0_FLAG_FIN : 0) | (rsv1 ? B0_FLAG_RSV1 : 0) | (rsv2 ? B0_FLAG_RSV2 : 0)
                | (rsv3 ? B0_FLAG_RSV3 : 0) | (opcode & B0_MASK_OPCODE));
        h[1] = (byte) ((maskingKey != null ? B1_FLAG_MASK : 0) | lengthCode);
        putExtendedLength(h, extended, payloadLength);
        if (maskingKey != null) {
            System.arraycopy(maskingKey, 0, h, 2 + extended, 4);
        }
        return h;
    }

    private static int lengthCode(long length, LengthEncoding encoding) {
        switch (encoding) {
            case FORCE_64:
                return PAYLOAD_64;
            case FORCE_16:
                if (length < 0 || length > PAYLOAD_16_MAX) {
                    throw new IllegalArgumentException("length " + length + " does not fit in 16 bits");
                }
                return PAYLOAD_16;
            default:
                if (length < 0) {
                    throw new IllegalArgumentException("negative length " + length + " needs FORCE_64");
                }
                return length <= PAYLOAD_SHORT_MAX ? (int) length : length <= PAYLOAD_16_MAX ? PAYLOAD_16 : PAYLOAD_64;
        }
    }

    /**
     * Splits a message into frames of at most {@code fragmentSize} payload bytes (RFC 6455 §5.4): the first carries
     * the opcode, the others are continuation frames, the last has FIN set. An empty message is one frame.
     *
     * @param masks gives each frame's masking key; null (or a supplier returning null) for unmasked frames
     */
    public static List<FrameSpec> fragment(int opcode, byte[] payload, int fragmentSize, Supplier<byte[]> masks) {
        if (fragmentSize <= 0) {
            throw new IllegalArgumentException("fragment size must be positive: " + fragmentSize);
        }
        List<FrameSpec> frames = new ArrayList<>();
        int pos = 0;
        do {
            int end = (int) Math.min((long) pos + fragmentSize, payload.length);
            boolean first = pos == 0;
            byte[] key = masks == null ? null : masks.get();
            frames.add(new FrameSpec(end == payload.length, false, false, false,
                    first ? opcode : Opcode.CONTINUATION.code(), key, Arrays.copyOfRange(payload, pos, end),
                    LengthEncoding.MINIMAL));
            pos = end;
        } while (pos < payload.length);
        return frames;
    }
}
