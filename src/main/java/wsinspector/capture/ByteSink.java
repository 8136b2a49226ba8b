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

    /** Appends {@code times} copies of the last {@code length} bytes. The caller has bounded the result. */
    void repeatTail(int length, long times) {
        ensure(size + length * times);
        int from = size - length;
        for (long t = 0; t < times; t++) {
            System.arraycopy(buf, from, buf, size, length);
            size += length;
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
