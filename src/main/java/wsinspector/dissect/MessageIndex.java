package wsinspector.dissect;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The messages of one conversation as a counting {@link Dissector} finds them, kept compact: a frame that breaks no
 * rule (most of a big capture) is a row of primitive arrays (direction, offsets, time, where its bytes are in
 * {@link BytePages}), and its {@link FrameMessage} is made again from those bytes when someone asks for that row;
 * every other message (a handshake, a gap, a frame with a problem, part of a fragmented or compressed message) is
 * kept as the object the dissector made. Why: a window holding a million frames as ~11 small objects each spent its
 * loading in young collections copying them (DESIGN.md: the index holds offsets, headers and verdicts; the tree is
 * built for the message a person selects).
 *
 * <p>A made message stays the same object while anyone holds it (the selected row, a cell on screen), so lists
 * that find their rows by identity keep finding them. Thread-safe: a loader appends while the window reads the rows
 * it was told about.
 */
public final class MessageIndex implements Consumer<Message>, FrameCounter {
    /**
     * Rows per chunk: the columns grow a chunk at a time, never copied (a doubling array of a million rows is a few
     * humongous objects with up to half their regions empty, and a copy at each doubling); a chunk's columns are
     * small enough (1 MiB at most) that G1 keeps them in its regions like any object.
     */
    private static final int CHUNK = 1 << 15;
    private static final int CHUNK_SHIFT = 15;
    /** The long columns of a row, side by side in its chunk's long array. */
    private static final int FRAMING_START = 0;
    private static final int OFFSET = 1;
    private static final int TIME = 2;
    /** Where a plain frame's bytes are in {@link #pages}. */
    private static final int WIRE_AT = 3;
    private static final int LONGS = 4;

    private final long maxMessageBytes;
    private final BytePages pages = new BytePages();
    private int size;
    private long[][] longs = new long[0][];
    private int[][] lengths = new int[0][];
    private byte[][] directions = new byte[0][];
    /** The message itself where it is kept; null for a plain frame's row. */
    private Message[][] kept = new Message[0][];
    /** The messages made again from rows and still held by someone, by row. */
    private final Map<Integer, Made> made = new HashMap<>();
    private final ReferenceQueue<Message> dropped = new ReferenceQueue<>();

    public MessageIndex() {
        this(Dissector.DEFAULT_MAX_MESSAGE_BYTES);
    }

    /** @param maxMessageBytes the dissector's message limit (its frames are judged against it when made again) */
    public MessageIndex(long maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    /** A message the dissector made: kept as it is. */
    @Override
    public synchronized void accept(Message m) {
        int row = newRow(m.direction(), m.offset(), m.timestampNanos(), m.length());
        kept[row >> CHUNK_SHIFT][row & (CHUNK - 1)] = m;
    }

    /** A plain frame: its bytes copied into the pages, its values into the arrays. */
    @Override
    public synchronized void plainFrame(Direction direction, long framingStart, long offset, byte[] bytes, int from,
                                        int length, long timestampNanos) {
        if (!BytePages.fits(length)) {
            // a big frame costs its own array either way; one object more or less does not matter beside it
            byte[] wire = Arrays.copyOfRange(bytes, from, from + length);
            accept(RfcFrames.plainMessage(direction, framingStart, offset, timestampNanos, wire, maxMessageBytes));
            return;
        }
        int row = newRow(direction, offset, timestampNanos, length);
        long[] values = longs[row >> CHUNK_SHIFT];
        int at = (row & (CHUNK - 1)) * LONGS;
        values[at + FRAMING_START] = framingStart;
        values[at + WIRE_AT] = pages.append(bytes, from, length);
    }

    private int newRow(Direction direction, long offset, long timestampNanos, int length) {
        int chunk = size >> CHUNK_SHIFT;
        if (chunk == kept.length) {
            addChunk();
        }
        int row = size++;
        int in = row & (CHUNK - 1);
        directions[chunk][in] = (byte) direction.ordinal();
        lengths[chunk][in] = length;
        longs[chunk][in * LONGS + OFFSET] = offset;
        longs[chunk][in * LONGS + TIME] = timestampNanos;
        return row;
    }

    private void addChunk() {
        int n = kept.length + 1;
        longs = Arrays.copyOf(longs, n);
        lengths = Arrays.copyOf(lengths, n);
        directions = Arrays.copyOf(directions, n);
        kept = Arrays.copyOf(kept, n);
        longs[n - 1] = new long[CHUNK * LONGS];
        lengths[n - 1] = new int[CHUNK];
        directions[n - 1] = new byte[CHUNK];
        kept[n - 1] = new Message[CHUNK];
    }

    public synchronized int size() {
        return size;
    }

    /** The message of a row: the one kept, or the one made again from its bytes (the same while someone holds it). */
    public synchronized Message get(int row) {
        Message k = kept(row);
        if (k != null) {
            return k;
        }
        forgetDropped();
        Made ref = made.get(row);
        Message m = ref == null ? null : ref.get();
        if (m == null) {
            int chunk = row >> CHUNK_SHIFT;
            int in = row & (CHUNK - 1);
            long[] values = longs[chunk];
            int at = in * LONGS;
            m = RfcFrames.plainMessage(Direction.values()[directions[chunk][in]], values[at + FRAMING_START],
                    values[at + OFFSET], values[at + TIME], pages.copy(values[at + WIRE_AT], lengths[chunk][in]),
                    maxMessageBytes);
            made.put(row, new Made(row, m, dropped));
        }
        return m;
    }

    /** A row's kind, without making its message. */
    public synchronized Message.Kind kind(int row) {
        Message k = kept(row);
        return k != null ? k.kind() : Message.Kind.FRAME;
    }

    /**
     * The row of this very message (not one equal to it: an echo repeats a frame), searched from the newest, or -1.
     * Only messages this index handed out or was given can be found; finding one costs no message made.
     */
    public synchronized int rowOf(Message m, int below) {
        if (m == null) {
            return -1;
        }
        forgetDropped();
        int best = -1;
        for (Made ref : made.values()) {
            if (ref.get() == m && ref.row < below) {
                best = Math.max(best, ref.row);
            }
        }
        if (best >= 0) {
            return best;
        }
        for (int i = Math.min(below, size) - 1; i >= 0; i--) {
            if (kept[i >> CHUNK_SHIFT][i & (CHUNK - 1)] == m) {
                return i;
            }
        }
        return -1;
    }

    /** Bytes its arrays and pages take (what it retains, besides the messages it keeps). */
    public synchronized long footprintBytes() {
        long perRow = Byte.BYTES + (long) LONGS * Long.BYTES + Integer.BYTES + 4;   // a reference: 4 bytes, compressed
        return (long) kept.length * CHUNK * perRow + pages.capacity();
    }

    /** How many rows are kept as messages (the rest are made again when asked for). */
    public synchronized int keptCount() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (kept(i) != null) {
                n++;
            }
        }
        return n;
    }

    /** The message kept for a row, null for a plain frame's. */
    private Message kept(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        return kept[row >> CHUNK_SHIFT][row & (CHUNK - 1)];
    }

    private void forgetDropped() {
        for (java.lang.ref.Reference<? extends Message> r = dropped.poll(); r != null; r = dropped.poll()) {
            Made gone = (Made) r;
            made.remove(gone.row, gone);
        }
    }

    /** A made message, held weakly: the index does not keep what nobody shows. */
    private static final class Made extends WeakReference<Message> {
        final int row;

        Made(int row, Message m, ReferenceQueue<Message> queue) {
            super(m, queue);
            this.row = row;
        }
    }
}
