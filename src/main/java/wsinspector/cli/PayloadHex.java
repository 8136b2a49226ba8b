package wsinspector.cli;

import java.io.Reader;

/**
 * A frame's payload as lower-case hex, unmasked on the fly (RFC 6455 §5.3) and read piece by piece, so
 * a 16 MiB payload becomes JSON without a 16 MiB copy and a 32-million-character string beside it.
 */
final class PayloadHex extends Reader {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private final byte[] wire;
    private final byte[] maskOrNull;
    private final int start;
    private int next;
    /** The low digit of a byte whose high digit was the last char of the previous read. */
    private int pendingLow = -1;

    /** @param maskOrNull the masking key, or null when the payload is not masked */
    PayloadHex(byte[] wire, int payloadStart, byte[] maskOrNull) {
        this.wire = wire;
        this.start = payloadStart;
        this.next = payloadStart;
        this.maskOrNull = maskOrNull;
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
        while (n < len && next < wire.length) {
            int b = wire[next] & 0xFF;
            if (maskOrNull != null) {
                b ^= maskOrNull[(next - start) & 3] & 0xFF;
            }
            next++;
            buf[off + n++] = DIGITS[b >>> 4];
            if (n < len) {
                buf[off + n++] = DIGITS[b & 0xF];
            } else {
                pendingLow = b & 0xF;
            }
        }
        return n == 0 ? -1 : n;
    }

    @Override
    public void close() {
    }
}
