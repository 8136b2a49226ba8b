package wsinspector.capture;

import java.util.Arrays;

/** A growable byte array that can repeat its own tail, which is what a {@code *} line of a dump means. */
final class ByteSink {
    private byte[] buf = new byte[256];
    private int size;

    void write(int b) {
        ensure(size + 1L);
        buf[size++] = (byte) b;
    }

    /**
     * Appends {@code times} copies of the last {@code length} bytes, doubling the copied block each
     * step so a one-byte line repeated a million times is twenty copies, not a million. The caller
     * has bounded the result.
     */
    void repeatTail(int length, long times) {
        long total = length * times;
        ensure(size + total);
        int from = size - length;
        int end = size + (int) total;
        while (size < end) {
            int block = Math.min(size - from, end - size);
            System.arraycopy(buf, from, buf, size, block);
            size += block;
        }
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    void clear() {
        size = 0;
        if (buf.length > 1 << 16) {
            buf = new byte[256];
        }
    }

    private void ensure(long needed) {
        if (needed > buf.length) {
            long grown = Math.max(needed, Math.min((long) buf.length * 2, Integer.MAX_VALUE - 8));
            buf = Arrays.copyOf(buf, (int) grown);
        }
    }
}
