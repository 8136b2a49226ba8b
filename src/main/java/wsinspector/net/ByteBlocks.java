package wsinspector.net;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of one message, kept in blocks of at most 64 KiB allocated as the bytes arrive: a message is held
 * once, never copied to grow, and never allocated from a length a peer announced.
 */
final class ByteBlocks {
    static final int BLOCK_SIZE = 64 * 1024;
    private static final int MIN_BLOCK = 256;

    private final List<byte[]> blocks = new ArrayList<>(2);
    /** Bytes used in the last block. */
    private int lastUsed;
    private long size;

    /** One writable stretch of the last block, filled by the caller and then committed. */
    record Room(byte[] block, int offset, int length) {
    }

    long size() {
        return size;
    }

    /**
     * Room for at least one byte in the last block, a new block sized for {@code expected} more bytes
     * (capped at 64 KiB) when it is full. Fill some of it, then {@link #commit} what was filled.
     */
    Room room(long expected) {
        byte[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (last == null || lastUsed == last.length) {
            last = new byte[(int) Math.max(MIN_BLOCK, Math.min(BLOCK_SIZE, expected))];
            blocks.add(last);
            lastUsed = 0;
        }
        return new Room(last, lastUsed, last.length - lastUsed);
    }

    void commit(int n) {
        lastUsed += n;
        size += n;
    }

    void append(byte[] b, int off, int len) {
        while (len > 0) {
            Room r = room(len);
            int n = Math.min(len, r.length());
            System.arraycopy(b, off, r.block(), r.offset(), n);
            commit(n);
            off += n;
            len -= n;
        }
    }

    /** Drops the last {@code n} bytes (n at most the size). */
    void truncate(long n) {
        long keep = size - n;
        long seen = 0;
        for (int i = 0; i < blocks.size(); i++) {
            int used = i == blocks.size() - 1 ? lastUsed : blocks.get(i).length;
            if (seen + used >= keep) {
                lastUsed = (int) (keep - seen);
                blocks.subList(i + 1, blocks.size()).clear();
                size = keep;
                return;
            }
            seen += used;
        }
    }

    /** Whether the bytes end with {@code tail}. */
    boolean endsWith(byte[] tail) {
        if (size < tail.length) {
            return false;
        }
        for (int i = 0; i < tail.length; i++) {
            if (byteAt(size - tail.length + i) != tail[i]) {
                return false;
            }
        }
        return true;
    }

    byte byteAt(long index) {
        long seen = 0;
        for (int i = 0; i < blocks.size(); i++) {
            int used = i == blocks.size() - 1 ? lastUsed : blocks.get(i).length;
            if (index < seen + used) {
                return blocks.get(i)[(int) (index - seen)];
            }
            seen += used;
        }
        throw new IndexOutOfBoundsException(index);
    }

    /** Calls {@code visitor} with each filled stretch, in order. */
    <E extends Exception> void forEach(Visitor<E> visitor) throws E {
        for (int i = 0; i < blocks.size(); i++) {
            int used = i == blocks.size() - 1 ? lastUsed : blocks.get(i).length;
            if (used > 0) {
                visitor.visit(blocks.get(i), 0, used);
            }
        }
    }

    void writeTo(OutputStream out) throws IOException {
        forEach(out::write);
    }

    /** The bytes in one array (a copy), for those who need one; at most 2^31 - 9 bytes. */
    byte[] toArray() {
        byte[] all = new byte[(int) size];
        int[] at = {0};
        forEach((b, off, len) -> {
            System.arraycopy(b, off, all, at[0], len);
            at[0] += len;
        });
        return all;
    }

    static ByteBlocks of(byte[] bytes) {
        ByteBlocks blocks = new ByteBlocks();
        blocks.append(bytes, 0, bytes.length);
        return blocks;
    }

    @FunctionalInterface
    interface Visitor<E extends Exception> {
        void visit(byte[] b, int off, int len) throws E;
    }
}
