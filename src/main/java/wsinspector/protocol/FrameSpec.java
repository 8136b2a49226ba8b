package wsinspector.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A frame to build, described field by field. It may describe an invalid frame on purpose (a reserved opcode,
 * an unmasked client frame, a 200-byte ping, a non-minimal length): {@link FrameEncoder} encodes it faithfully.
 *
 * @param opcode         the 4-bit opcode (only its low 4 bits are encoded)
 * @param maskingKey     4 bytes, or null for an unmasked frame
 * @param lengthEncoding how to write the payload length; anything but MINIMAL breaks RFC 6455 §5.2 on purpose
 */
public record FrameSpec(boolean fin, boolean rsv1, boolean rsv2, boolean rsv3, int opcode, byte[] maskingKey,
                        byte[] payload, LengthEncoding lengthEncoding) {

    /** How the payload length is written (RFC 6455 §5.2 requires the minimal form). */
    public enum LengthEncoding { MINIMAL, FORCE_16, FORCE_64 }

    public FrameSpec {
        if (maskingKey != null && maskingKey.length != FrameHeader.MASKING_KEY_SIZE) {
            throw new IllegalArgumentException("a masking key has 4 bytes, not " + maskingKey.length);
        }
        maskingKey = maskingKey == null ? null : maskingKey.clone();
        payload = payload == null ? new byte[0] : payload.clone();
        lengthEncoding = lengthEncoding == null ? LengthEncoding.MINIMAL : lengthEncoding;
    }

    /** A final, unmasked frame with this opcode and payload. */
    public static FrameSpec of(int opcode, byte[] payload) {
        return new FrameSpec(true, false, false, false, opcode, null, payload, LengthEncoding.MINIMAL);
    }

    public static FrameSpec text(String text) {
        return of(Opcode.TEXT.code(), text.getBytes(StandardCharsets.UTF_8));
    }

    public static FrameSpec binary(byte[] payload) {
        return of(Opcode.BINARY.code(), payload);
    }

    public static FrameSpec continuation(byte[] payload) {
        return of(Opcode.CONTINUATION.code(), payload);
    }

    /** An empty ping. */
    public static FrameSpec ping() {
        return ping(new byte[0]);
    }

    /** An empty pong. */
    public static FrameSpec pong() {
        return pong(new byte[0]);
    }

    public static FrameSpec ping(byte[] payload) {
        return of(Opcode.PING.code(), payload);
    }

    public static FrameSpec pong(byte[] payload) {
        return of(Opcode.PONG.code(), payload);
    }

    /** A close frame with no body (RFC 6455 §5.5.1). */
    public static FrameSpec close() {
        return of(Opcode.CLOSE.code(), new byte[0]);
    }

    /** A close frame: 2-byte big-endian status code, then the reason in UTF-8 (RFC 6455 §5.5.1). */
    public static FrameSpec close(int code, String reason) {
        byte[] r = reason == null ? new byte[0] : reason.getBytes(StandardCharsets.UTF_8);
        return of(Opcode.CLOSE.code(), ByteBuffer.allocate(2 + r.length).putShort((short) code).put(r).array());
    }

    public FrameSpec withFin(boolean fin) {
        return new FrameSpec(fin, rsv1, rsv2, rsv3, opcode, maskingKey, payload, lengthEncoding);
    }

    public FrameSpec withRsv1(boolean rsv1) {
        return new FrameSpec(fin, rsv1, rsv2, rsv3, opcode, maskingKey, payload, lengthEncoding);
    }

    public FrameSpec withRsv2(boolean rsv2) {
        return new FrameSpec(fin, rsv1, rsv2, rsv3, opcode, maskingKey, payload, lengthEncoding);
    }

    public FrameSpec withRsv3(boolean rsv3) {
        return new FrameSpec(fin, rsv1, rsv2, rsv3, opcode, maskingKey, payload, lengthEncoding);
    }

    public FrameSpec withOpcode(int opcode) {
        return new FrameSpec(fin, rsv1, rsv2, rsv3, opcode, maskingKey, payload, lengthEncoding);
    }

    /** The same frame masked with this key; null for an unmasked frame. */
    public FrameSpec withMask(byte[] maskingKey) {
        return new FrameSpec(fin, rsv1, rsv2, rsv3, opcode, maskingKey, payload, lengthEncoding);
    }

    public FrameSpec withPayload(byte[] payload) {
        return new FrameSpec(fin, rsv1, rsv2, rsv3, opcode, maskingKey, payload, lengthEncoding);
    }

    public FrameSpec withLengthEncoding(LengthEncoding lengthEncoding) {
        return new FrameSpec(fin, rsv1, rsv2, rsv3, opcode, maskingKey, payload, lengthEncoding);
    }

    @Override
    public byte[] maskingKey() {
        return maskingKey == null ? null : maskingKey.clone();
    }

    /** The payload, unmasked (a copy). */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** Payload access without a copy, for the encoder. */
    byte[] payloadUnsafe() {
        return payload;
    }

    byte[] maskingKeyUnsafe() {
        return maskingKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameSpec s && fin == s.fin && rsv1 == s.rsv1 && rsv2 == s.rsv2 && rsv3 == s.rsv3
                && opcode == s.opcode && Arrays.equals(maskingKey, s.maskingKey) && Arrays.equals(payload, s.payload)
                && lengthEncoding == s.lengthEncoding;
    }

    @Override
    public int hashCode() {
        return ((opcode * 31 + Arrays.hashCode(maskingKey)) * 31 + Arrays.hashCode(payload)) * 31
                + (fin ? 8 : 0) + (rsv1 ? 4 : 0) + (rsv2 ? 2 : 0) + (rsv3 ? 1 : 0);
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return "FrameSpec[fin=" + fin + ", rsv=" + (rsv1 ? 1 : 0) + (rsv2 ? 1 : 0) + (rsv3 ? 1 : 0)
                + ", opcode=0x" + Integer.toHexString(opcode)
                + ", maskingKey=" + (maskingKey == null ? "null" : hex.formatHex(maskingKey))
                + ", payload(" + payload.length + ")=" + hex.formatHex(payload, 0, Math.min(payload.length, 32))
                + (payload.length > 32 ? "…" : "") + ", lengthEncoding=" + lengthEncoding + "]";
    }
}
