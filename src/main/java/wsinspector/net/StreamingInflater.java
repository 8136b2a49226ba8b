package wsinspector.net;

import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import wsinspector.protocol.FrameRule;
import wsinspector.protocol.Phrase;
import wsinspector.protocol.Problem;

/**
 * Inflates the messages of one direction of a permessage-deflate connection as their bytes arrive
 * (RFC 7692 §7.2.2), so a text message can fail at its first bad fragment and a message that inflates past the
 * limit fails as soon as it does, without the whole compressed message being held first. The whole-message
 * counterpart for decoders is {@link wsinspector.protocol.MessageInflater}. Its 32 KiB window reads a stream made with
 * any smaller one, so it serves every negotiated max_window_bits.
 */
final class StreamingInflater implements AutoCloseable {
    /** The tail a sync flush ends with, which the sender removed (RFC 7692 §7.2.1). */
    private static final byte[] TAIL = {0x00, 0x00, (byte) 0xFF, (byte) 0xFF};

    private final boolean noContextTakeover;
    private final Inflater inflater = new Inflater(true);
    private final byte[] chunk = new byte[16 * 1024];

    /** Receives inflated bytes; may throw to stop (limit, bad UTF-8). */
    @FunctionalInterface
    interface Sink {
        void accept(byte[] b, int off, int len) throws IOException;
    }

    /** @param noContextTakeover whether the sender resets its context after each message (RFC 7692 §7.1.1) */
    StreamingInflater(boolean noContextTakeover) {
        this.noContextTakeover = noContextTakeover;
    }

    /** Inflates the next compressed bytes of the message in progress. */
    void feed(byte[] b, int off, int len, Sink out) throws IOException {
        inflater.setInput(b, off, len);
        try {
            while (true) {
                int n = inflater.inflate(chunk);
                if (n > 0) {
                    out.accept(chunk, 0, n);
                } else if (inflater.finished()) {
                    // A final block ended the DEFLATE stream; what follows starts a new one.
                    int rest = inflater.getRemaining();
                    inflater.reset();
                    if (rest == 0) {
                        return;
                    }
                    inflater.setInput(b, off + len - rest, rest);
                } else if (inflater.needsDictionary()) {
                    throw new ProtocolFailure(new Problem(FrameRule.INFLATE_FAILED, -1, null, Phrase.of("detail.inflate-failed.dictionary")));
                } else {
                    return; // needs input, or nothing more to give
                }
            }
        } catch (DataFormatException e) {
            throw new ProtocolFailure(new Problem(FrameRule.INFLATE_FAILED, -1, null, Phrase.of("detail.inflate-failed.stream")));
        }
    }

    /** The message's last frame has been fed: appends the removed tail, and resets the context if required. */
    void endMessage(Sink out) throws IOException {
        feed(TAIL, 0, TAIL.length, out);
        if (noContextTakeover) {
            inflater.reset();
        }
    }

    @Override
    public void close() {
        inflater.end();
    }
}
