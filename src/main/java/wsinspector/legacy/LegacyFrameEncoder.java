package wsinspector.legacy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes legacy frames (draft-hixie-76 §4.2, §5.3). */
public final class LegacyFrameEncoder {

    private LegacyFrameEncoder() {
    }

    /** {@code 00}, the UTF-8 bytes (which never contain 0xFF), {@code ff}. */
    public static byte[] text(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[utf8.length + 2];
        out[0] = (byte) LegacyFrame.TYPE_TEXT;
        System.arraycopy(utf8, 0, out, 1, utf8.length);
        out[out.length - 1] = (byte) LegacyFrame.SENTINEL;
        return out;
    }

    /** {@code 80}, the length in 7-bit groups, the bytes. */
    public static byte[] binary(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 6);
        out.write(LegacyFrame.TYPE_BINARY);
        out.writeBytes(lengthBytes(data.length));
        out.writeBytes(data);
        return out.toByteArray();
    }

    /**
     * A frame of any type with this payload (draft-hixie-76 §5.3): below {@code 80} the bytes then the {@code ff}
     * sentinel (the payload must not hold {@code ff}), from {@code 80} on the length in 7-bit groups then the bytes.
     */
    public static byte[] frame(int frameType, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 11);
        out.write(frameType);
        if ((frameType & 0x80) == 0) {
            out.writeBytes(payload);
            out.write(LegacyFrame.SENTINEL);
        } else {
            out.writeBytes(lengthBytes(payload.length));
            out.writeBytes(payload);
        }
        return out.toByteArray();
    }

    /** {@code ff 00}: the closing handshake of draft 76. */
    public static byte[] close() {
        return new byte[] {(byte) LegacyFrame.TYPE_CLOSE, 0x00};
    }

    /**
     * A length as 7-bit groups, most significant first, every byte but the last with its high bit
     * set: 2 → {@code 02}, 128 → {@code 81 00}, 300 → {@code 82 2c}.
     */
    public static byte[] lengthBytes(long length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        int groups = 1;
        for (long rest = length >>> 7; rest != 0; rest >>>= 7) {
            groups++;
        }
        byte[] out = new byte[groups];
        for (int i = groups - 1; i >= 0; i--) {
            out[i] = (byte) ((length & 0x7F) | (i == groups - 1 ? 0 : 0x80));
            length >>>= 7;
        }
        return out;
    }
}
