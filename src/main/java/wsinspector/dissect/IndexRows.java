package wsinspector.dissect;

import java.util.Arrays;

/**
 * The rows of a {@link MessageIndex}: per message a few longs side by side in chunks of long arrays, and the messages
 * kept as objects beside them by row. Why chunks of longs: the columns of a million rows as a few arrays that double
 * are copied at each doubling and, being humongous, waste up to half their regions; chunks that grow from 256 rows to
 * 4 MiB (less an array header: whole G1 regions) are never copied, and the big ones are allocated outside the young
 * generation, so young collections while a capture loads have nothing of them to copy. A capture of many small
 * conversations still costs little per conversation. Not thread-safe: its owner locks.
 */
final class IndexRows {
    static final int FRAMING_START = 0;
    static final int OFFSET = 1;
    static final int TIME = 2;
    /** Where a plain frame's bytes are in the index's pages. */
    static final int WIRE_AT = 3;
    private static final int LENGTH_AND_DIRECTION = 4;
    private static final int LONGS = 5;
    private static final int LARGEST_CHUNK_ROWS = ((4 << 20) - 16) / Long.BYTES / LONGS;
    private static final int FIRST_CHUNK_ROWS = 256;
    private static final Direction[] DIRECTIONS = Direction.values();

    private long[][] chunks = new long[0][];
    /** The first row of each chunk. */
    private int[] firstRows = new int[0];
    private int size;
    private int capacity;
    private int[] keptRows = new int[16];
    private Message[] keptMessages = new Message[16];
    private int keptSize;

    int size() {
        return size;
    }

    /** A new row with what every row has; returns its number. */
    int add(Direction direction, long offset, long timestampNanos, int length) {
        if (size == capacity) {
            addChunk();
        }
        int row = size++;
        set(row, OFFSET, offset);
        set(row, TIME, timestampNanos);
        set(row, LENGTH_AND_DIRECTION, (long) length << 8 | direction.ordinal());
        return row;
    }

    private void addChunk() {
        int rows = Math.min(LARGEST_CHUNK_ROWS, Math.max(FIRST_CHUNK_ROWS, capacity));   // the capacity doubles
        chunks = Arrays.copyOf(chunks, chunks.length + 1);
        firstRows = Arrays.copyOf(firstRows, firstRows.length + 1);
        chunks[chunks.length - 1] = new long[rows * LONGS];
        firstRows[firstRows.length - 1] = capacity;
        capacity += rows;
    }

    void set(int row, int column, long value) {
        int c = chunkOf(row);
        chunks[c][(row - firstRows[c]) * LONGS + column] = value;
    }

    long get(int row, int column) {
        int c = chunkOf(row);
        return chunks[c][(row - firstRows[c]) * LONGS + column];
    }

    Direction direction(int row) {
        return DIRECTIONS[(int) (get(row, LENGTH_AND_DIRECTION) & 0xFF)];
    }

    int length(int row) {
        return (int) (get(row, LENGTH_AND_DIRECTION) >>> 8);
    }

    private int chunkOf(int row) {
        int last = firstRows.length - 1;
        if (row >= firstRows[last]) {
            return last;   // the newest rows: those being added, and those the window shows while following
        }
        int c = Arrays.binarySearch(firstRows, 0, last, row);
        return c >= 0 ? c : -c - 2;
    }

    /** Keeps the message of the newest row. */
    void keep(int row, Message m) {
        if (keptSize == keptRows.length) {
            keptRows = Arrays.copyOf(keptRows, keptSize * 2);
            keptMessages = Arrays.copyOf(keptMessages, keptSize * 2);
        }
        keptRows[keptSize] = row;
        keptMessages[keptSize++] = m;
    }

    /** The message kept for a row, null for a row of values only. */
    Message kept(int row) {
        int k = Arrays.binarySearch(keptRows, 0, keptSize, row);
        return k >= 0 ? keptMessages[k] : null;
    }

    int keptCount() {
        return keptSize;
    }

    /** The row below {@code below} that keeps this very message, the newest first, or -1. */
    int rowKeeping(Message m, int below) {
        for (int k = keptSize - 1; k >= 0; k--) {
            if (keptMessages[k] == m && keptRows[k] < below) {
                return keptRows[k];
            }
        }
        return -1;
    }

    /** Bytes its arrays take (a kept reference counted as 4 bytes, compressed). */
    long footprintBytes() {
        return (long) capacity * LONGS * Long.BYTES + (long) keptRows.length * (Integer.BYTES + 4);
    }
}
