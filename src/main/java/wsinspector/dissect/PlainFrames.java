package wsinspector.dissect;

import wsinspector.protocol.FrameHeader;
import wsinspector.protocol.Utf8Validator;

/**
 * Recognises, in place and without allocating, the frames that need no message to be counted: whole in the
 * bytes at hand, final, no RSV bit, a text, binary, ping or pong, masked as its direction demands, its length in
 * the shortest form (at most 125 bytes for a control frame), no longer than the message limit, a text's payload
 * valid UTF-8. The frame validator and the message assembler find no problem in such a frame (when no
 * fragmented message is in progress), so counting it says exactly what its message would have. Anything
 * else takes the full path.
 */
final class PlainFrames {
    /** The must-be-masked rule of a direction: a client's frames are masked, a server's are not (RFC 6455 §5.1). */
    static final int MASKED = 1;
    static final int UNMASKED = 0;
    /** The direction is inferred from the mask bit, so either is right. */
    static final int EITHER = -1;

    /** Above this, a text that is not plain ASCII is left to the full path rather than unmasked here. */
    private static final int MAX_SCRATCH = 64 * 1024;

    private final Utf8Validator utf8 = new Utf8Validator();
    private byte[] scratch = new byte[256];

    /**
     * The length of the plain frame starting at {@code off}, or 0 when the bytes there are no plain frame
     * (or not all of it).
     *
     * @param maskRule {@link #MASKED}, {@link #UNMASKED} or {@link #EITHER}
     * @param maxBytes the most bytes a frame and a message may have before the dissector has something to say
     */
    int length(byte[] b, int off, int len, int maskRule, long maxBytes) {
        if (len < 2) {
            return 0;
        }
        int b0 = b[off] & 0xFF;
        int b1 = b[off + 1] & 0xFF;
        int opcode = b0 & FrameHeader.B0_MASK_OPCODE;
        if ((b0 & 0xF0) != FrameHeader.B0_FLAG_FIN || !(opcode == 1 || opcode == 2 || opcode == 9 || opcode == 10)) {
            return 0;
        }
        boolean masked = (b1 & FrameHeader.B1_FLAG_MASK) != 0;
        if (maskRule != EITHER && masked != (maskRule == MASKED)) {
            return 0;
        }
        int code = b1 & FrameHeader.B1_MASK_LENGTH;
        int at = off + 2;
        long payload;
        if (code <= FrameHeader.PAYLOAD_SHORT_MAX) {
            payload = code;
        } else if (opcode >= 8) {
            return 0; // a control frame longer than 125 bytes
        } else if (code == FrameHeader.PAYLOAD_16) {
            if (len < 4) {
                return 0;
            }
            payload = ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
            if (payload <= FrameHeader.PAYLOAD_SHORT_MAX) {
                return 0; // not the shortest form
            }
            at += 2;
        } else {
            if (len < 10) {
                return 0;
            }
            payload = 0;
            for (int i = 0; i < 8; i++) {
                payload = (payload << 8) | (b[at + i] & 0xFF);
            }
            if (payload <= FrameHeader.PAYLOAD_16_MAX) {
                return 0; // not the shortest form, or the top bit set (negative)
            }
            at += 8;
        }
        int keyAt = masked ? at : -1;
        if (masked) {
            at += FrameHeader.MASKING_KEY_SIZE;
        }
        long total = at - off + payload;
        if (total > len || total > maxBytes) {
            return 0;
        }
        if (opcode == 1 && !isUtf8(b, at, (int) payload, keyAt)) {
            return 0;
        }
        return (int) total;
    }

    /** Whether a (masked) payload is valid UTF-8 that ends at a character boundary (RFC 6455 §8.1). */
    private boolean isUtf8(byte[] b, int at, int n, int keyAt) {
        int high = 0;
        if (keyAt < 0) {
            for (int i = 0; i < n; i++) {
                high |= b[at + i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                high |= b[at + i] ^ b[keyAt + (i & 3)];
            }
        }
        if ((high & 0x80) == 0) {
            return true; // ASCII, the common case
        }
        if (n > MAX_SCRATCH) {
            return false;
        }
        byte[] plain = b;
        int from = at;
        if (keyAt >= 0) {
            if (scratch.length < n) {
                scratch = new byte[Math.max(n, 2 * scratch.length)];
            }
            for (int i = 0; i < n; i++) {
                scratch[i] = (byte) (b[at + i] ^ b[keyAt + (i & 3)]);
            }
            plain = scratch;
            from = 0;
        }
        utf8.reset();
        return utf8.feed(plain, from, n) < 0 && utf8.atCharacterBoundary();
    }

    /**
     * How many of these bytes belong to the frame starting at {@code off}: its length when it is whole here,
     * else all of them (the rest of the frame, or of its header, comes later).
     */
    static int frameBytesHere(byte[] b, int off, int len) {
        if (len < 2) {
            return len;
        }
        int b1 = b[off + 1] & 0xFF;
        int header = FrameHeader.headerLength(b1);
        if (len < header) {
            return len;
        }
        int code = b1 & FrameHeader.B1_MASK_LENGTH;
        long payload;
        if (code == FrameHeader.PAYLOAD_16) {
            payload = ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
        } else if (code == FrameHeader.PAYLOAD_64) {
            payload = 0;
            for (int i = 2; i < 10; i++) {
                payload = (payload << 8) | (b[off + i] & 0xFF);
            }
        } else {
            payload = code;
        }
        long total = header + payload;
        return payload < 0 || total > len ? len : (int) total;
    }
}
