package wsinspector.protocol;

import com.jcraft.jzlib.Deflater;
import com.jcraft.jzlib.GZIPException;
import com.jcraft.jzlib.JZlib;

/**
 * Raw DEFLATE (RFC 1951) with a chosen LZ77 window, the compressor under both permessage-deflate senders
 * (RFC 7692 §7.2.1). java.util.zip always uses a 32 KiB window; jzlib takes the window size, so a peer that asks for
 * {@code server_max_window_bits} or {@code client_max_window_bits} below 15 can be honoured.
 *
 * <p>A window of 2^8 bytes is asked for as 2^9: zlib (and jzlib, its port) never refers further back than the window
 * minus 262 bytes of lookahead, so with a 512-byte window every distance is at most 250. The stream is therefore
 * readable with a 256-byte window, which is all {@code max_window_bits=8} requires; a 256-byte window itself is
 * refused by zlib because 256 − 262 leaves no room for any match.
 */
public final class WindowedDeflater implements AutoCloseable {
    /** The smallest window jzlib compresses with (see the class comment for why 8 still holds). */
    private static final int SMALLEST_COMPRESSOR_BITS = 9;

    private final int windowBits;
    private final byte[] chunk = new byte[16 * 1024];
    private Deflater deflater;

    /** Receives compressed bytes. */
    @FunctionalInterface
    public interface Sink {
        void accept(byte[] b, int off, int len);
    }

    /** @param windowBits the base-2 logarithm of the largest window the receiver allows, 8-15 */
    public WindowedDeflater(int windowBits) {
        if (windowBits < DeflateParameters.MIN_WINDOW_BITS || windowBits > DeflateParameters.MAX_WINDOW_BITS) {
            throw new IllegalArgumentException("window bits must be 8-15: " + windowBits);
        }
        this.windowBits = windowBits;
        this.deflater = newDeflater();
    }

    /** The window asked for, 8-15. */
    public int windowBits() {
        return windowBits;
    }

    /** Compresses these bytes; output may be held back until {@link #syncFlush}. */
    public void deflate(byte[] b, int off, int len, Sink out) {
        deflater.setInput(b, off, len, false);
        do {
            run(JZlib.Z_NO_FLUSH, out);
        } while (deflater.avail_in > 0);
    }

    /** Ends the current block and aligns to a byte with an empty stored block: {@code … 00 00 ff ff}. */
    public void syncFlush(Sink out) {
        deflater.setInput(new byte[0], 0, 0, false);
        int written;
        do {
            written = run(JZlib.Z_SYNC_FLUSH, out);
        } while (written == chunk.length);
    }

    /** Forgets everything compressed so far: the next byte refers to nothing before it (no context takeover). */
    public void reset() {
        deflater.end(); // jzlib has no public reset: a fresh compressor does the same
        deflater = newDeflater();
    }

    @Override
    public void close() {
        deflater.end();
    }

    /** One call into the compressor with a full output chunk; returns how many bytes it wrote. */
    private int run(int flush, Sink out) {
        deflater.setOutput(chunk, 0, chunk.length);
        int status = deflater.deflate(flush);
        if (status != JZlib.Z_OK && status != JZlib.Z_BUF_ERROR) {
            throw new IllegalStateException("jzlib deflate failed: " + status + " " + deflater.msg);
        }
        int written = chunk.length - deflater.avail_out;
        if (written > 0) {
            out.accept(chunk, 0, written);
        }
        return written;
    }

    private Deflater newDeflater() {
        try {
            return new Deflater(JZlib.Z_DEFAULT_COMPRESSION, Math.max(windowBits, SMALLEST_COMPRESSOR_BITS), true);
        } catch (GZIPException e) {
            throw new IllegalStateException("jzlib refused a raw deflater with window bits " + windowBits, e);
        }
    }
}
