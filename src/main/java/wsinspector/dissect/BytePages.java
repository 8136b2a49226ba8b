package wsinspector.dissect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bytes appended one piece after another into pages of 4 MiB, each piece whole in one page. Why pages: a million
 * small frames kept as a million small arrays cost the garbage collector a million objects to copy at every young
 * collection while a capture loads; a page is one object, and one big enough that G1 allocates it outside the
 * young generation (a humongous object, never copied). Not thread-safe: its owner ({@link MessageIndex}) locks.
 */
final class BytePages {
    /**
     * A page with its array header fills whole G1 regions (1, 2 or 4 MiB on the heaps a desktop gets): a page of
     * exactly 1 MiB took two 1 MiB regions (its header spilled into the second), half of them empty.
     */
    static final int PAGE = (4 << 20) - 16;

    private final List<byte[]> pages = new ArrayList<>();
    /** Bytes used in the last page. */
    private int used = PAGE;

    /** Whether a piece of this length goes into pages; a longer one is better kept as its own array. */
    static boolean fits(int length) {
        return length <= 64 * 1024;
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
        if (PAGE - used < length) {
            pages.add(new byte[PAGE]);
            used = 0;
        }
        long at = (long) (pages.size() - 1) * PAGE + used;
        System.arraycopy(bytes, from, pages.get(pages.size() - 1), used, length);
        used += length;
        return at;
    }

    /** A copy of the piece of this length appended at {@code at}. */
    byte[] copy(long at, int length) {
        byte[] page = pages.get((int) (at / PAGE));
        int from = (int) (at % PAGE);
        return Arrays.copyOfRange(page, from, from + length);
    }

    /** The bytes its pages take. */
    long capacity() {
        return (long) pages.size() * PAGE;
    }
}
