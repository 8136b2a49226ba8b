package wsinspector.net;

import java.util.zip.Deflater;

/**
 * Compresses the messages of one direction of a permessage-deflate connection (RFC 7692 §7.2.1) block by block,
 * so a large message is not first joined into one array. java.util.zip always compresses with a 32 KiB window,
 * which is why the server declines offers that ask for a smaller server_max_window_bits.
 */
final class StreamingDeflater implements AutoCloseable {
    private static final byte[] TAIL = {0x00, 0x00, (byte) 0xFF, (byte) 0xFF};

    private final boolean noContextTakeover;
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final byte[] chunk = new byte[16 * 1024];

    /** @param noContextTakeover whether to reset the context after each message (RFC 7692 §7.1.1) */
    StreamingDeflater(boolean noContextTakeover) {
        this.noContextTakeover = noContextTakeover;
    }

    /** The message compressed, ending with a sync flush whose {@code 00 00 ff ff} is removed. */
    ByteBlocks deflate(ByteBlocks message) {
        ByteBlocks out = new ByteBlocks();
        message.forEach((b, off, len) -> {
            deflater.setInput(b, off, len);
            while (!deflater.needsInput()) {
                int n = deflater.deflate(chunk, 0, chunk.length, Deflater.NO_FLUSH);
                out.append(chunk, 0, n);
            }
        });
        int n;
        do {
            n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
            out.append(chunk, 0, n);
        } while (n == chunk.length);
        if (out.endsWith(TAIL)) {
            out.truncate(TAIL.length);
        }
        if (out.size() == 0) {
            out.append(new byte[] {0x00}, 0, 1); // an empty message: RFC 7692 §7.2.3.6
        }
        if (noContextTakeover) {
            deflater.reset();
        }
        return out;
    }

    @Override
    public void close() {
        deflater.end();
    }
}
