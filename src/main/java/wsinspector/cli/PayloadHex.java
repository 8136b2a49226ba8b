package wsinspector.cli;

import java.io.Reader;

/**
 * A frame's payload as lower-case hex, unmasked on the fly (RFC 6455 §5.3) and read piece by piece, so
 * a 16 MiB payload becomes JSON without a 16 MiB copy and a 32-million-character string beside it.
 * {@link #write} is the one loop that turns bytes into hex for {@code --json}, short payloads included.
 */
final class PayloadHex extends Reader {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private final byte[] wire;
    private final int keyAt;
    private final int start;
    private int next;
    /** The low digit of a byte whose high digit was the last char of the previous read. */
    private int pendingLow = -1;
    /** One byte's two digits, when a read has room for the first only. */
    private final char[] half = new char[2];

    /** @param keyAt where the masking key lies in {@code wire}, or -1 when the payload is not masked */
    PayloadHex(byte[] wire, int payloadStart, int keyAt) {
        this.wire = wire;
        this.start = payloadStart;
        this.next = payloadStart;
        this.keyAt = keyAt;
    }

    /**
     * Writes {@code n} bytes of {@code wire} from {@code from} into {@code out} at {@code at} as lower-case hex,
     * unmasked with the key at {@code keyAt} in {@code wire} (-1: not masked), the first byte being the
     * {@code phase}-th of the payload (which byte of the key it takes); returns how many chars that is.
     */
    static int write(byte[] wire, int from, int n, int keyAt, int phase, char[] out, int at) {
        for (int i = 0; i < n; i++) {
            int b = wire[from + i] & 0xFF;
            if (keyAt >= 0) {
                b ^= wire[keyAt + ((phase + i) & 3)] & 0xFF;
            }
            out[at + 2 * i] = DIGITS[b >>> 4];
            out[at + 2 * i + 1] = DIGITS[b & 0xF];
        }
        return 2 * n;
    }

    @Override
    public int read(char[] buf, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (pendingLow >= 0) {
            buf[off + n++] = DIGITS[pendingLow];
            pendingLow = -1;
        }
        int whole = Math.min((len - n) / 2, wire.length - next);
        n += write(wire, next, whole, keyAt, next - start, buf, off + n);
        next += whole;
        if (n < len && next < wire.length) {
            // room for one digit only: the high one now, the low one on the next read
            write(wire, next, 1, keyAt, next - start, half, 0);
            buf[off + n++] = half[0];
            pendingLow = Character.digit(half[1], 16);
            next++;
        }
        return n == 0 ? -1 : n;
    }

    @Override
    public void close() {
    }
}
