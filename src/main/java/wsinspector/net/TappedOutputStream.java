package wsinspector.net;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import wsinspector.dissect.Direction;

/**
 * A socket's output stream that reports every byte written, write by write, to the connection's tap, and tells
 * the {@link WriteWatchdog} when a write is in progress so that a peer that stops reading cannot block a thread
 * for ever.
 */
final class TappedOutputStream extends FilterOutputStream {
    private final ConnectionTap tap;
    private final Direction direction;
    /** System.nanoTime() when the write in progress started, 0 when none is. */
    private volatile long writeStartedNanos;

    TappedOutputStream(OutputStream socketOut, ConnectionTap tap, Direction direction) {
        super(socketOut);
        this.tap = tap;
        this.direction = direction;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return;
        }
        // Recorded before writing, so that a reply read on another thread can never be recorded before it.
        tap.bytes(direction, b, off, len);
        writeStartedNanos = Math.max(1, System.nanoTime());
        try {
            out.write(b, off, len);
        } finally {
            writeStartedNanos = 0;
        }
    }

    /** How long the write in progress has been blocked, in nanoseconds; 0 when no write is in progress. */
    long blockedNanos() {
        long started = writeStartedNanos;
        return started == 0 ? 0 : System.nanoTime() - started;
    }
}
