package wsinspector.net;

import java.io.EOFException;
import java.io.IOException;

import wsinspector.legacy.LegacyFrame;
import wsinspector.legacy.LegacyRule;
import wsinspector.protocol.FrameRule;
import wsinspector.protocol.Problem;
import wsinspector.protocol.Utf8Validator;

/**
 * Reads the frames of a hixie-75/76 connection (draft-hixie-76 §5.3) from a socket, with a size limit and UTF-8
 * checked as the text arrives. The dissector's {@link wsinspector.legacy.LegacyFrameDecoder} keeps everything it
 * is fed; a server needs to stop at a limit, hence this streaming reader.
 */
final class LegacyReader {
    private static final int HIGH_BIT = 0x80;

    private final ByteReader in;
    private final long maxMessageBytes;

    /**
     * A legacy frame's content.
     *
     * @param frameType the type byte: 0x00 text, 0x80 and above length-prefixed (binary)
     * @param close     whether it was {@code ff 00}, the closing handshake of draft 76
     */
    record Frame(int frameType, ByteBlocks payload, boolean close) {
        boolean isText() {
            return (frameType & HIGH_BIT) == 0;
        }
    }

    LegacyReader(ByteReader in, long maxMessageBytes) {
        this.in = in;
        this.maxMessageBytes = maxMessageBytes;
    }

    /**
     * The next frame.
     *
     * @throws ProtocolFailure when a frame is over the limit or a text frame is not UTF-8
     * @throws EOFException    when the stream ends, between frames or inside one
     */
    Frame next() throws IOException {
        int type = in.readByte();
        if (type < 0) {
            throw new EOFException("the stream ended");
        }
        return (type & HIGH_BIT) == 0 ? text(type) : lengthPrefixed(type);
    }

    /** Bytes up to the 0xFF sentinel; only type 0x00 is text, other types below 0x80 are read and kept as such. */
    private Frame text(int type) throws IOException {
        ByteBlocks payload = new ByteBlocks();
        Utf8Validator utf8 = type == LegacyFrame.TYPE_TEXT ? new Utf8Validator() : null;
        byte[] chunk = new byte[4096];
        int n = 0;
        while (true) {
            int b = in.readByte();
            if (b < 0) {
                throw new EOFException("the stream ended inside a text frame");
            }
            if (b == LegacyFrame.SENTINEL || n == chunk.length) {
                take(payload, utf8, chunk, n);
                n = 0;
                if (b == LegacyFrame.SENTINEL) {
                    break;
                }
            }
            chunk[n++] = (byte) b;
        }
        if (utf8 != null && !utf8.atCharacterBoundary()) {
            throw new ProtocolFailure(Problem.variant(LegacyRule.TEXT_INVALID_UTF8, "end", -1, null));
        }
        return new Frame(type, payload, false);
    }

    private void take(ByteBlocks payload, Utf8Validator utf8, byte[] chunk, int n) throws ProtocolFailure {
        if (payload.size() + n > maxMessageBytes) {
            throw new ProtocolFailure(Problem.variant(FrameRule.MESSAGE_TOO_BIG, "plain", -1, null, maxMessageBytes));
        }
        int bad = utf8 == null ? -1 : utf8.feed(chunk, 0, n);
        if (bad >= 0) {
            throw new ProtocolFailure(Problem.variant(LegacyRule.TEXT_INVALID_UTF8, "byte", -1, null,
                    String.format("%02x", chunk[bad] & 0xFF)));
        }
        payload.append(chunk, 0, n);
    }

    /** A length in 7-bit groups, then that many bytes; {@code ff 00} closes. */
    private Frame lengthPrefixed(int type) throws IOException {
        long length = 0;
        int groups = 0;
        int b;
        do {
            b = in.readByte();
            if (b < 0) {
                throw new EOFException("the stream ended inside a frame length");
            }
            if (++groups > LegacyFrame.MAX_LENGTH_BYTES) {
                throw new ProtocolFailure(Problem.variant(LegacyRule.LENGTH_TOO_LARGE, "bytes", -1, null, LegacyFrame.MAX_LENGTH_BYTES));
            }
            length = (length << 7) | (b & 0x7F);
        } while ((b & HIGH_BIT) != 0);
        if (type == LegacyFrame.TYPE_CLOSE && length == 0) {
            return new Frame(type, new ByteBlocks(), true);
        }
        if (length > maxMessageBytes) {
            throw new ProtocolFailure(Problem.variant(FrameRule.MESSAGE_TOO_BIG, "plain", -1, null, maxMessageBytes));
        }
        ByteBlocks payload = new ByteBlocks();
        long remaining = length;
        while (remaining > 0) {
            ByteBlocks.Room room = payload.room(remaining);
            int n = in.read(room.block(), room.offset(), (int) Math.min(remaining, room.length()));
            if (n < 0) {
                throw new EOFException("the stream ended inside a frame");
            }
            payload.commit(n);
            remaining -= n;
        }
        return new Frame(type, payload, false);
    }
}
