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
        int shift = (int) (keyPosition & 3);
        int i = off;
        int end = off + len;
        if (len >= 16) {
            // 8 bytes at a time: since 8 is a multiple of 4, every 8-byte block sees the key in the same rotation.
            long mask = 0;
            for (int j = 7; j >= 0; j--) {
                mask = (mask << 8) | (key[(shift + j) & 3] & 0xFFL);
            }
            for (int last = end - 8; i <= last; i += 8) {
                LONGS.set(data, i, (long) LONGS.get(data, i) ^ mask);
            }
        }
        for (; i < end; i++) {
            data[i] ^= key[(shift + i - off) & 3];
        }
    }
}
