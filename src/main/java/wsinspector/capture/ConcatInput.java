package wsinspector.capture;

import java.io.IOException;
import java.io.InputStream;

/** The first bytes of a stream, already read to tell its kind, put back in front of the rest. */
final class ConcatInput extends InputStream {
    private final byte[] head;
    private final int length;
    private final InputStream rest;
    private int pos;

    ConcatInput(byte[] head, int length, InputStream rest) {
        this.head = head;
        this.length = length;
        this.rest = rest;
    }

    @Override
    public int read() throws IOException {
        return pos < length ? head[pos++] & 0xFF : rest.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos < length) {
            int n = Math.min(len, length - pos);
            System.arraycopy(head, pos, b, off, n);
            pos += n;
            return n;
        }
        return rest.read(b, off, len);
    }
}
