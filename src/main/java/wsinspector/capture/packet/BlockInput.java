package wsinspector.capture.packet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a capture file in blocks through one reusable buffer: {@link #request(int)} makes the next
 * bytes available contiguously at {@link #position()} in {@link #buffer()}, so a record is parsed in
 * place and handed on without a copy. Memory stays at the largest record, never the file.
 */
final class BlockInput {
    private static final int BLOCK = 1 << 16;

    private final InputStream in;
    private byte[] buf = new byte[BLOCK];
    private int pos;
    private int limit;
    /** File offset of {@code buf[0]}. */
    private long base;
    private boolean eof;

    BlockInput(InputStream in) {
        this.in = in;
    }

    /** Wraps bytes already read (a signature looked at) in front of the rest of the stream. */
    BlockInput(byte[] head, int length, InputStream rest) {
        this.in = rest;
        this.buf = Arrays.copyOf(head, Math.max(BLOCK, length));
        this.limit = length;
    }

    byte[] buffer() {
        return buf;
    }

    int position() {
        return pos;
    }

    /** File offset of the next unread byte. */
    long offset() {
        return base + pos;
    }

    /**
     * Makes {@code n} bytes available from {@link #position()}; returns how many are (fewer only at the
     * end of the file).
     */
    int request(int n) throws IOException {
        if (limit - pos >= n) {
            return n;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            base += pos;
            limit -= pos;
            pos = 0;
        }
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
        }
        while (limit < n && !eof) {
            int read = in.read(buf, limit, buf.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
            }
        }
        return Math.min(n, limit);
    }

    /** Consumes {@code n} bytes that {@link #request(int)} made available. */
    void skip(int n) {
        pos += n;
    }

    /** Skips {@code n} bytes that may lie beyond the buffer; returns how many were there. */
    long skipLong(long n) throws IOException {
        long done = 0;
        while (done < n) {
            int step = (int) Math.min(n - done, BLOCK);
            int got = request(step);
            pos += got;
            done += got;
            if (got < step) {
                break;
            }
        }
        return done;
    }

    boolean atEnd() throws IOException {
        return request(1) == 0;
    }
}
