package wsinspector.dissect;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The messages of one conversation as a counting {@link Dissector} finds them, kept compact: a frame that breaks no
 * rule (most of a big capture) is a row of numbers ({@link IndexRows}: direction, offsets, time, where its bytes are
 * in {@link BytePages}), and its {@link FrameMessage} is made again from those bytes when someone asks for that row;
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
    private final long maxMessageBytes;
    private final BytePages pages = new BytePages();
    private final IndexRows rows = new IndexRows();
    /** The messages made again from rows and still held by someone, by row. */
    private final Map<Integer, Made> made = new HashMap<>();
    private final ReferenceQueue<Message> dropped = new ReferenceQueue<>();
    /** How many messages were made again from rows: what a search over the rows would cost, for tests to count. */
    private long madeAgain;

    public MessageIndex() {
        this(Dissector.DEFAULT_MAX_MESSAGE_BYTES);
    }

    /** @param maxMessageBytes the dissector's message limit (its frames are judged against it when made again) */
    public MessageIndex(long maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    /**
     * A message the dissector made: kept as it is, unless it is a frame a fresh judge says the same of (see
     * {@link #isReplayable}): a frame that came in pieces (split over TCP segments) takes the reader's path and
     * arrives here as a message, yet needs no more room than one counted where it lay.
     */
    @Override
    public synchronized void accept(Message m) {
        if (m instanceof FrameMessage f && isReplayable(f)) {
            addPlain(f.direction(), f.offset() - f.frame().offset(), f.offset(), f.wire(), 0, f.wire().length,
                    f.timestampNanos());
            return;
        }
        rows.keep(rows.add(m.direction(), m.offset(), m.timestampNanos(), m.length()), m);
    }

    /**
     * Whether made again from its bytes alone the frame is the same message: it breaks no rule, all its bytes are
     * kept, and it is what {@link PlainFrames} counts (whole, final, no RSV bit, a text, binary, ping or pong), so
     * neither a fragmented message nor the compression's context had a part in its verdict.
     */
    private static boolean isReplayable(FrameMessage f) {
        var h = f.header();
        int opcode = h == null ? -1 : h.opcode();
        return h != null && f.problems().isEmpty() && !f.frame().truncated() && h.fin() && !h.rsv1() && !h.rsv2()
                && !h.rsv3() && (opcode == 1 || opcode == 2 || opcode == 9 || opcode == 10)
                && f.wire().length == f.length() && BytePages.fits(f.wire().length)
                && (f.completed() == null || f.completed().frameCount() == 1 && !f.completed().compressed());
    }

    /** A plain frame: its bytes copied into the pages, its values into the rows. */
    @Override
    public synchronized void plainFrame(Direction direction, long framingStart, long offset, byte[] bytes, int from,
                                        int length, long timestampNanos) {
        if (!BytePages.fits(length)) {
            // a big frame costs its own array either way; one object more or less does not matter beside it
            byte[] wire = Arrays.copyOfRange(bytes, from, from + length);
            accept(RfcFrames.plainMessage(direction, framingStart, offset, timestampNanos, wire, maxMessageBytes));
            return;
        }
        addPlain(direction, framingStart, offset, bytes, from, length, timestampNanos);
    }

    private void addPlain(Direction direction, long framingStart, long offset, byte[] bytes, int from, int length,
                          long timestampNanos) {
        int row = rows.add(direction, offset, timestampNanos, length);
        rows.set(row, IndexRows.FRAMING_START, framingStart);
        rows.set(row, IndexRows.WIRE_AT, pages.append(bytes, from, length));
    }

    public synchronized int size() {
        return rows.size();
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
            m = RfcFrames.plainMessage(rows.direction(row), rows.get(row, IndexRows.FRAMING_START),
                    rows.get(row, IndexRows.OFFSET), rows.get(row, IndexRows.TIME),
                    pages.copy(rows.get(row, IndexRows.WIRE_AT), rows.length(row)), maxMessageBytes);
            made.put(row, new Made(row, m, dropped));
            madeAgain++;
        }
        return m;
    }

    /**
     * The message of a row for one use that keeps it no longer (a save writes its bytes): the one kept, or one made
     * again and not remembered, so that a walk over a million rows leaves nothing behind (through {@link #get}, each
     * row made would be remembered until the collector clears it).
     */
    public synchronized Message madeForOnce(int row) {
        Message k = kept(row);
        if (k != null) {
            return k;
        }
        Made ref = made.get(row);
        Message m = ref == null ? null : ref.get();
        return m != null ? m : RfcFrames.plainMessage(rows.direction(row), rows.get(row, IndexRows.FRAMING_START),
                rows.get(row, IndexRows.OFFSET), rows.get(row, IndexRows.TIME),
                pages.copy(rows.get(row, IndexRows.WIRE_AT), rows.length(row)), maxMessageBytes);
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
        return rows.rowKeeping(m, below);
    }

    /** Bytes its arrays and pages take (what it retains, besides the messages it keeps). */
    public synchronized long footprintBytes() {
        return rows.footprintBytes() + pages.capacity();
    }

    /** How many times a row's message was made again from its bytes, since the index began. */
    public synchronized long madeAgainCount() {
        return madeAgain;
    }

    /** How many rows are kept as messages (the rest are made again when asked for). */
    public synchronized int keptCount() {
        return rows.keptCount();
    }

    /** The message kept for a row, null for a plain frame's. */
    private Message kept(int row) {
        if (row < 0 || row >= rows.size()) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rows.size());
        }
        return rows.kept(row);
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
