package wsinspector.net;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import wsinspector.protocol.HeadReader;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.HttpHeadParser;

/**
 * A buffered reader over a socket's input: first the HTTP head of the opening handshake (which may arrive in any
 * split, and be followed at once by the first frame), then the frames. Not thread-safe: one reading thread.
 */
final class ByteReader {
    /** Large enough for the longest HTTP head accepted ({@link HttpHeadParser#MAX_HEAD}). */
    static final int BUFFER_SIZE = HttpHeadParser.MAX_HEAD;

    private final InputStream in;
    private final byte[] buf = new byte[BUFFER_SIZE];
    private int pos;
    private int limit;
    private long consumed;
    /** When not null, every byte consumed is copied here (the step mode shows one frame's exact bytes). */
    private ByteArrayOutputStream capture;

    ByteReader(InputStream in) {
        this.in = in;
    }

    /** An HTTP head and its exact bytes. */
    record RawHead(HttpHead head, byte[] bytes) {
    }

    /** Thrown when the bytes where a head should be are not one; the phrase says why, for a 400 answer. */
    static final class MalformedHeadException extends IOException {
        private final transient Phrase why;

        MalformedHeadException(Phrase why) {
            super(WireText.of(why));
            this.why = why;
        }

        Phrase why() {
            return why;
        }
    }

    /** From now on, keeps a copy of every byte consumed, until {@link #endCapture()}. */
    void startCapture() {
        capture = new ByteArrayOutputStream();
    }

    /** The bytes consumed since {@link #startCapture()}; stops capturing. */
    byte[] endCapture() {
        byte[] b = capture == null ? new byte[0] : capture.toByteArray();
        capture = null;
        return b;
    }

    /** How many bytes were consumed so far: the stream offset of the next byte. */
    long position() {
        return consumed;
    }

    /** A copy of the bytes read from the socket and not consumed: what came of a head that never ended. */
    byte[] unconsumed() {
        return Arrays.copyOfRange(buf, pos, limit);
    }

    /** Bytes already read from the socket but not yet consumed. */
    int buffered() {
        return limit - pos;
    }

    /**
     * Reads an HTTP head (RFC 7230 §3), consuming exactly its bytes.
     *
     * @throws MalformedHeadException when the bytes are not an HTTP head (named at its offset)
     * @throws EOFException           when the stream ends before the head does
     */
    RawHead readHead() throws IOException {
        HeadReader head = new HeadReader(BUFFER_SIZE);
        int fed = 0; // bytes of the buffer, from pos, already given to the head reader
        while (true) {
            HeadReader.Result r = head.feed(buf, pos + fed, limit - pos - fed);
            fed = limit - pos;
            if (r instanceof HeadReader.Result.Head h) {
                skipBuffered(h.bytes().length); // what follows the head stays in the buffer, unconsumed
                return new RawHead(h.head(), h.bytes());
            }
            if (r instanceof HeadReader.Result.Malformed m) {
                throw new MalformedHeadException(Phrase.of("net.refused.not-http", m.reason(), m.offset()));
            }
            if (fill() < 0) {
                throw new EOFException("the stream ended inside the HTTP head, after " + (limit - pos) + " bytes");
            }
        }
    }

    /**
     * Whether the peer has closed its side, without consuming anything: true at the end of the stream, false when
     * bytes are waiting or none came within the socket's read timeout (set it short before asking).
     */
    boolean hasEnded() throws IOException {
        if (pos < limit) {
            return false;
        }
        try {
            return fill() < 0;
        } catch (java.net.SocketTimeoutException nothingYet) {
            return false;
        }
    }

    /** The next byte, or -1 at the end of the stream. */
    int readByte() throws IOException {
        if (pos == limit && fill() < 0) {
            return -1;
        }
        consumed++;
        if (capture != null) {
            capture.write(buf[pos]);
        }
        return buf[pos++] & 0xFF;
    }

    /**
     * Reads at least one and at most {@code len} bytes; large reads go straight from the socket to {@code dst}.
     *
     * @return how many were read, -1 at the end of the stream
     */
    int read(byte[] dst, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos == limit) {
            if (len >= buf.length) {
                int n = in.read(dst, off, len);
                consumed += Math.max(n, 0);
                if (capture != null && n > 0) {
                    capture.write(dst, off, n);
                }
                return n;
            }
            if (fill() < 0) {
                return -1;
            }
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(buf, pos, dst, off, n);
        if (capture != null) {
            capture.write(buf, pos, n);
        }
        skipBuffered(n);
        return n;
    }

    /** Reads exactly {@code len} bytes; {@link EOFException} when the stream ends first. */
    void readFully(byte[] dst, int off, int len) throws IOException {
        while (len > 0) {
            int n = read(dst, off, len);
            if (n < 0) {
                throw new EOFException("the stream ended " + len + " bytes before the end of what was being read");
            }
            off += n;
            len -= n;
        }
    }

    byte[] readFully(int len) throws IOException {
        byte[] b = new byte[len];
        readFully(b, 0, len);
        return b;
    }

    private void skipBuffered(int n) {
        pos += n;
        consumed += n;
    }

    /** Reads more bytes from the socket into the buffer, compacting it first; -1 at the end of the stream. */
    private int fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            return 0; // full: the head parser reports a head this long as malformed
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n > 0) {
            limit += n;
        }
        return n;
    }
}
