package wsinspector.protocol;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * Compresses the messages of one direction of a permessage-deflate connection (RFC 7692 §7.2.1): raw DEFLATE,
 * a sync flush at the end of each message, the trailing {@code 00 00 ff ff} removed. java.util.zip always uses a
 * 32 KiB window, so this honours only the default max_window_bits of 15.
 */
public final class MessageDeflater {
    private final boolean noContextTakeover;
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final byte[] chunk = new byte[16 * 1024];

    public MessageDeflater(boolean noContextTakeover) {
        this.noContextTakeover = noContextTakeover;
    }

    public byte[] deflate(byte[] message) {
        if (noContextTakeover) {
            deflater.reset();
        }
        deflater.setInput(message);
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length / 2 + 16);
        int n;
        do {
            n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
            out.write(chunk, 0, n);
        } while (n == chunk.length);
        byte[] compressed = out.toByteArray();
        int length = compressed.length;
        if (length >= 4 && compressed[length - 4] == 0 && compressed[length - 3] == 0
                && compressed[length - 2] == (byte) 0xFF && compressed[length - 1] == (byte) 0xFF) {
            length -= 4;
        }
        if (length == 0) {
            return new byte[] {0x00}; // an empty message: one empty stored block's first byte (RFC 7692 §7.2.3.6)
        }
        return java.util.Arrays.copyOf(compressed, length);
    }
}
