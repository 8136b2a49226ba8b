package wsinspector.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Client-to-server masking (RFC 6455 §5.3): byte i of the payload is XORed with byte (i mod 4) of the masking key.
 * The same operation masks and unmasks.
 */
public final class Masking {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Masking() {
    }

    /**
     * XORs {@code data[off .. off+len)} in place with the key.
     *
     * @param keyPosition the index within the payload of {@code data[off]}, so a payload can be unmasked in pieces
     *                    as it arrives
     */
    public static void toggle(byte[] data, int off, int len, byte[] key, long keyPosition) {
        copyToggled(data, off, data, off, len, key, keyPosition);
    }

    /**
     * Writes {@code src[srcOff .. srcOff+len)} XORed with the key to {@code dst[dstOff ..)}: a copy and an unmasking
     * in one pass. The two ranges may be the same (in place) but must not otherwise overlap.
     *
     * @param keyPosition the index within the payload of {@code src[srcOff]}
     */
    public static void copyToggled(byte[] src, int srcOff, byte[] dst, int dstOff, int len, byte[] key,
                                   long keyPosition) {
        int shift = (int) (keyPosition & 3);
        int i = 0;
        if (len >= 16) {
            // 8 bytes at a time: since 8 is a multiple of 4, every 8-byte block sees the key in the same rotation.
            long mask = 0;
            for (int j = 7; j >= 0; j--) {
                mask = (mask << 8) | (key[(shift + j) & 3] & 0xFFL);
            }
            for (int last = len - 8; i <= last; i += 8) {
                LONGS.set(dst, dstOff + i, (long) LONGS.get(src, srcOff + i) ^ mask);
            }
        }
        for (; i < len; i++) {
            dst[dstOff + i] = (byte) (src[srcOff + i] ^ key[(shift + i) & 3]);
        }
    }
}
