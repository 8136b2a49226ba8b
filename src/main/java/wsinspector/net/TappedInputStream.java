package wsinspector.net;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import wsinspector.dissect.Direction;

/** A socket's input stream that reports every byte read from it, read by read, to the connection's tap. */
final class TappedInputStream extends FilterInputStream {
    private final ConnectionTap tap;
    private final Direction direction;

    TappedInputStream(InputStream socketIn, ConnectionTap tap, Direction direction) {
        super(socketIn);
        this.tap = tap;
        this.direction = direction;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            tap.bytes(direction, b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(n, 8192)];
        int read = read(sink, 0, sink.length); // skipped bytes crossed the socket too: record them
        return Math.max(read, 0);
    }
}
