package wsinspector.protocol;

import java.util.Arrays;

import wsinspector.protocol.HttpHeadParser.ParseResult;

/**
 * Reads an HTTP head (RFC 7230 §3) from bytes fed as they arrive, in any split: the one place a head is read, for
 * the server's request, the client's response and the proxy. It keeps only the bytes of the head in progress, at
 * most {@code maxHeadBytes}, and gives back the bytes fed after the head's blank line (the first frame may come in
 * the same packet as the head). Not thread-safe: one reader per connection direction.
 */
public final class HeadReader {
    private final int maxHeadBytes;
    private byte[] buf = new byte[0];
    private int used;
    private Result result;

    /** What the bytes fed so far came to. */
    public sealed interface Result {
        /**
         * A whole head.
         *
         * @param bytes exactly the head's bytes, blank line included
         * @param rest  the bytes fed after the head, which belong to whatever follows it
         */
        record Head(HttpHead head, byte[] bytes, byte[] rest) implements Result {
        }

        /**
         * Not an HTTP head, or one longer than allowed.
         *
         * @param reason   what was wrong ({@code detail.head-malformed.<what>})
         * @param offset   where, from the head's first byte
         * @param tooLong  whether it was only too long (no blank line within the limit)
         */
        record Malformed(Phrase reason, int offset, boolean tooLong) implements Result {
        }
    }

    /** @param maxHeadBytes the longest head accepted, at most {@link HttpHeadParser#MAX_HEAD} */
    public HeadReader(int maxHeadBytes) {
        if (maxHeadBytes < 16) {
            throw new IllegalArgumentException("a head needs at least 16 bytes: " + maxHeadBytes);
        }
        this.maxHeadBytes = Math.min(maxHeadBytes, HttpHeadParser.MAX_HEAD);
    }

    /**
     * Takes more bytes.
     *
     * @return null while the head is incomplete, then its result (every later call returns the same one and
     *         ignores the bytes)
     */
    public Result feed(byte[] b, int off, int len) {
        if (result != null) {
            return result;
        }
        int take = Math.min(len, maxHeadBytes - used);
        if (used + take > buf.length) {
            buf = Arrays.copyOf(buf, Math.min(maxHeadBytes, Math.max(used + take, Math.max(256, 2 * buf.length))));
        }
        System.arraycopy(b, off, buf, used, take);
        used += take;
        ParseResult r = HttpHeadParser.parse(buf, 0, used);
        if (r instanceof ParseResult.Complete c) {
            int headLength = c.head().length();
            byte[] rest = new byte[used - headLength + (len - take)];
            System.arraycopy(buf, headLength, rest, 0, used - headLength);
            System.arraycopy(b, off + take, rest, used - headLength, len - take);
            result = new Result.Head(c.head(), Arrays.copyOf(buf, headLength), rest);
            buf = null;
        } else if (r instanceof ParseResult.Malformed m) {
            result = new Result.Malformed(m.reason(), m.offset(), false);
        } else if (used >= maxHeadBytes) {
            result = new Result.Malformed(Phrase.of("detail.head-malformed.tooLong", maxHeadBytes), 0, true);
        }
        return result;
    }

    /** How many bytes of an incomplete head have been kept. */
    public int buffered() {
        return result instanceof Result.Head ? 0 : used;
    }

    /** A copy of the bytes of the head in progress (what came of a head that never ended). */
    public byte[] bufferedBytes() {
        return buf == null ? new byte[0] : Arrays.copyOf(buf, used);
    }
}
