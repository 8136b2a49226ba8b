package wsinspector.net;

import wsinspector.protocol.WindowedDeflater;

/**
 * Compresses the messages of one direction of a permessage-deflate connection (RFC 7692 §7.2.1) block by block,
 * so a large message is not first joined into one array; with the window the peer allowed (RFC 7692 §7.1.2).
 */
final class StreamingDeflater implements AutoCloseable {
    private static final byte[] TAIL = {0x00, 0x00, (byte) 0xFF, (byte) 0xFF};

    private final boolean noContextTakeover;
    private final WindowedDeflater deflater;

    /**
     * @param noContextTakeover whether to reset the context after each message (RFC 7692 §7.1.1)
     * @param maxWindowBits     the largest window the peer allows, 8-15 (RFC 7692 §7.1.2)
     */
    StreamingDeflater(boolean noContextTakeover, int maxWindowBits) {
        this.noContextTakeover = noContextTakeover;
        this.deflater = new WindowedDeflater(maxWindowBits);
    }

    /** The message compressed, ending with a sync flush whose {@code 00 00 ff ff} is removed. */
    ByteBlocks deflate(ByteBlocks message) {
        ByteBlocks out = new ByteBlocks();
        if (message.size() == 0) {
            out.append(new byte[] {0x00}, 0, 1); // an empty message, the window untouched: RFC 7692 §7.2.3.6
            return out;
        }
        message.forEach((b, off, len) -> deflater.deflate(b, off, len, out::append));
        deflater.syncFlush(out::append);
        if (out.endsWith(TAIL)) {
            out.truncate(TAIL.length);
        }
        if (noContextTakeover) {
            deflater.reset();
        }
        return out;
    }

    @Override
    public void close() {
        deflater.close();
    }
}
