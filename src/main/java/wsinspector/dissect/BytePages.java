package wsinspector.dissect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bytes appended one piece after another into pages, each piece whole in one page. Why pages: a million small frames
 * kept as a million small arrays cost the garbage collector a million objects to copy at every young collection
 * while a capture loads. Pages grow from 4 KiB (a conversation of ten frames costs little; a capture may hold
 * hundreds) to 4 MiB less an array header: so big that G1 allocates them outside the young generation (humongous,
 * never copied), and so sized that a page with its header fills whole regions (1, 2 or 4 MiB on the heaps a desktop
 * gets). Not thread-safe: its owner ({@link MessageIndex}) locks.
 */
final class BytePages {
    static final int LARGEST_PAGE = (4 << 20) - 16;
    private static final int FIRST_PAGE = 4096;
    /** The longest piece kept in pages; a longer one is better kept as its own array. */
    static final int LONGEST_PIECE = 64 * 1024;

    private final List<byte[]> pages = new ArrayList<>();
    /** Bytes used in the last page. */
    private int used;
    private long capacity;

    /** Whether a piece of this length goes into pages. */
    static boolean fits(int length) {
        return length <= LONGEST_PIECE;
    }

    /**
     * Copies a piece in; returns where it is (page and offset in one long) for {@link #copy}.
     *
     * @throws IllegalArgumentException when it does not {@link #fits fit}
     */
    long append(byte[] bytes, int from, int length) {
        if (!fits(length)) {
            throw new IllegalArgumentException("piece of " + length + " bytes");
        }
        if (pages.isEmpty() || pages.get(pages.size() - 1).length - used < length) {
            // each page as big as all before it (the bytes kept double), up to the largest
            long wanted = Math.max(FIRST_PAGE, Math.max(capacity, length));
            pages.add(new byte[(int) Math.min(LARGEST_PAGE, wanted)]);
            capacity += pages.get(pages.size() - 1).length;
            used = 0;
        }
        long at = (long) (pages.size() - 1) << 32 | used;
        System.arraycopy(bytes, from, pages.get(pages.size() - 1), used, length);
        used += length;
        return at;
    }

    /** A copy of the piece of this length appended at {@code at}. */
    byte[] copy(long at, int length) {
        byte[] page = pages.get((int) (at >>> 32));
        int from = (int) at;
        return Arrays.copyOfRange(page, from, from + length);
    }

    /** The bytes its pages take. */
    long capacity() {
        return capacity;
    }
}
