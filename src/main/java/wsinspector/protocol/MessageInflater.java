package wsinspector.protocol;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses the messages of one direction of a permessage-deflate connection (RFC 7692 §7.2.2): append
 * {@code 00 00 ff ff} to the joined payloads, inflate as raw DEFLATE, and keep the sliding window for the next
 * message unless the sender declared no context takeover. java.util.zip inflates with a 32 KiB window, which reads a
 * stream made with any smaller one, so every negotiated max_window_bits (8-15) is read correctly.
 *
 * <p>Total: corrupted data gives a result with an error, never an exception. Output beyond the limit is inflated
 * but dropped, so the window stays in step with the sender for the next message while memory stays bounded (the
 * work is bounded too: DEFLATE expands at most about 1032 times, and the compressed message is already in memory).
 */
public final class MessageInflater {
    /** The tail a sync flush ends with, which the sender removed (RFC 7692 §7.2.1). */
    private static final byte[] TAIL = {0x00, 0x00, (byte) 0xFF, (byte) 0xFF};

    private final boolean noContextTakeover;
    private final long maxOutputBytes;
    private final boolean stopAtLimit;
    private final Inflater inflater = new Inflater(true);
    private final byte[] chunk = new byte[16 * 1024];

    public MessageInflater(boolean noContextTakeover, long maxOutputBytes) {
        this(noContextTakeover, maxOutputBytes, false);
    }

    /**
     * @param stopAtLimit stop inflating once past the limit (a live connection, which then ends) rather than inflate
     *                    the rest to keep the window for the next message (a capture, which goes on)
     */
    public MessageInflater(boolean noContextTakeover, long maxOutputBytes, boolean stopAtLimit) {
        this.noContextTakeover = noContextTakeover;
        this.maxOutputBytes = maxOutputBytes;
        this.stopAtLimit = stopAtLimit;
    }

    public InflateResult inflate(byte[] compressedMessage) {
        if (noContextTakeover) {
            inflater.reset();
        }
        byte[] input = new byte[compressedMessage.length + TAIL.length];
        System.arraycopy(compressedMessage, 0, input, 0, compressedMessage.length);
        System.arraycopy(TAIL, 0, input, compressedMessage.length, TAIL.length);
        inflater.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(compressedMessage.length * 4 + 64, 1 << 16));
        long total = 0;
        try {
            while (true) {
                int n = inflater.inflate(chunk);
                if (n > 0) {
                    long room = Math.max(0, maxOutputBytes - total);
                    out.write(chunk, 0, (int) Math.min(n, room));
                    total += n;
                    if (stopAtLimit && total > maxOutputBytes) {
                        inflater.reset();
                        break;
                    }
                } else if (inflater.finished()) {
                    // A final block (BFINAL) ended the DEFLATE stream: the next message starts a new one.
                    inflater.reset();
                    break;
                } else if (inflater.needsInput()) {
                    break;
                } else if (inflater.needsDictionary()) {
                    inflater.reset();
                    return new InflateResult(out.toByteArray(), total > maxOutputBytes, Phrase.of("detail.inflate-failed.dictionary"));
                } else {
                    break; // no output and nothing asked for: never spin
                }
            }
        } catch (DataFormatException e) {
            inflater.reset(); // the shared window is lost: later messages of this direction may fail too
            // zlib's own message (English, for programmers) is left out: where the data broke off says more.
            return new InflateResult(out.toByteArray(), total > maxOutputBytes,
                    Phrase.of("detail.inflate-failed.invalid", total));
        }
        return new InflateResult(out.toByteArray(), total > maxOutputBytes, null);
    }
}
