package wsinspector.protocol;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Compresses the messages of one direction of a permessage-deflate connection (RFC 7692 §7.2.1): raw DEFLATE with
 * the negotiated window, a sync flush at the end of each message, the trailing {@code 00 00 ff ff} removed.
 */
public final class MessageDeflater {
    private final boolean noContextTakeover;
    private final WindowedDeflater deflater;

    /** With the default 32 KiB window (max_window_bits 15). */
    public MessageDeflater(boolean noContextTakeover) {
        this(noContextTakeover, DeflateParameters.MAX_WINDOW_BITS);
    }

    /**
     * @param noContextTakeover whether each message starts from an empty window (RFC 7692 §7.1.1)
     * @param maxWindowBits     the window the receiver allows, 8-15 (RFC 7692 §7.1.2)
     */
    public MessageDeflater(boolean noContextTakeover, int maxWindowBits) {
        this.noContextTakeover = noContextTakeover;
        this.deflater = new WindowedDeflater(maxWindowBits);
    }

    public byte[] deflate(byte[] message) {
        if (message.length == 0) {
            // One empty stored block's first byte (RFC 7692 §7.2.3.6); the window gains nothing, so nothing to tell
            // the compressor, whose sync flush of nothing would cost an empty Huffman block besides.
            return new byte[] {0x00};
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length / 2 + 16);
        deflater.deflate(message, 0, message.length, out::write);
        deflater.syncFlush(out::write);
        if (noContextTakeover) {
            deflater.reset();
        }
        byte[] compressed = out.toByteArray();
        int length = compressed.length;
        if (length >= 4 && compressed[length - 4] == 0 && compressed[length - 3] == 0
                && compressed[length - 2] == (byte) 0xFF && compressed[length - 1] == (byte) 0xFF) {
            length -= 4;
        }
        return Arrays.copyOf(compressed, length);
    }
}
