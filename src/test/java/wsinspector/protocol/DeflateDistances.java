package wsinspector.protocol;

import java.util.Arrays;

/**
 * A test oracle independent of zlib: decodes raw DEFLATE (RFC 1951) and records the longest back-reference, which is
 * what a window limit (RFC 7692 §7.1.2) constrains. zlib-family inflaters with a 32 KiB window accept any smaller
 * window silently, so only a decoder that looks at the distances can tell whether a sender kept its promise.
 */
public final class DeflateDistances {
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
            67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
            5, 5, 5, 5, 0};
    private static final int[] DIST_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
            769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DIST_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
            11, 11, 12, 12, 13, 13};
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    private byte[] out = new byte[1024];
    private int size;
    private byte[] in;
    private int bitPos;
    private int longest;

    /** What decoding gave: everything inflated, and the longest distance any back-reference used. */
    public record Result(byte[] output, int longestDistance) {
    }

    /** Decodes the whole input, which must end at a block boundary (as a message with its sync-flush tail does). */
    public static Result decode(byte[] rawDeflate) {
        DeflateDistances d = new DeflateDistances();
        d.in = rawDeflate;
        while (d.bitPos + 3 <= rawDeflate.length * 8L && !d.block()) {
            // a final block ends the stream
        }
        return new Result(Arrays.copyOf(d.out, d.size), d.longest);
    }

    /** Decodes one block; true when it was the final one. */
    private boolean block() {
        boolean last = bits(1) == 1;
        int type = bits(2);
        switch (type) {
            case 0 -> stored();
            case 1 -> codes(Huffman.fixedLiterals(), Huffman.fixedDistances());
            case 2 -> dynamic();
            default -> throw new IllegalArgumentException("reserved block type 3 at bit " + bitPos);
        }
        return last;
    }

    private void stored() {
        bitPos = (bitPos + 7) & ~7;
        int len = bits(16);
        int nlen = bits(16);
        if ((len ^ 0xFFFF) != nlen) {
            throw new IllegalArgumentException("stored block length check failed");
        }
        for (int i = 0; i < len; i++) {
            write(in[bitPos / 8 + i]);
        }
        bitPos += len * 8;
    }

    private void dynamic() {
        int hlit = bits(5) + 257;
        int hdist = bits(5) + 1;
        int hclen = bits(4) + 4;
        int[] codeLengthLengths = new int[19];
        for (int i = 0; i < hclen; i++) {
            codeLengthLengths[CODE_LENGTH_ORDER[i]] = bits(3);
        }
        Huffman codeLengths = new Huffman(codeLengthLengths);
        int[] lengths = new int[hlit + hdist];
        for (int i = 0; i < lengths.length; ) {
            int sym = codeLengths.decode(this);
            if (sym < 16) {
                lengths[i++] = sym;
            } else {
                int repeat = sym == 16 ? 3 + bits(2) : sym == 17 ? 3 + bits(3) : 11 + bits(7);
                int value = sym == 16 ? lengths[i - 1] : 0;
                for (int k = 0; k < repeat; k++) {
                    lengths[i++] = value;
                }
            }
        }
        codes(new Huffman(Arrays.copyOfRange(lengths, 0, hlit)),
                new Huffman(Arrays.copyOfRange(lengths, hlit, lengths.length)));
    }

    private void codes(Huffman literals, Huffman distances) {
        while (true) {
            int sym = literals.decode(this);
            if (sym < 256) {
                write((byte) sym);
            } else if (sym == 256) {
                return;
            } else {
                int length = LENGTH_BASE[sym - 257] + bits(LENGTH_EXTRA[sym - 257]);
                int d = distances.decode(this);
                int distance = DIST_BASE[d] + bits(DIST_EXTRA[d]);
                if (distance > size) {
                    throw new IllegalArgumentException("distance " + distance + " before the start of the stream");
                }
                longest = Math.max(longest, distance);
                for (int k = 0; k < length; k++) {
                    write(out[size - distance]);
                }
            }
        }
    }

    private void write(byte b) {
        if (size == out.length) {
            out = Arrays.copyOf(out, size * 2);
        }
        out[size++] = b;
    }

    int bits(int n) {
        int v = 0;
        for (int i = 0; i < n; i++, bitPos++) {
            if (bitPos >= in.length * 8) {
                throw new IllegalArgumentException("the data ends inside a block");
            }
            v |= ((in[bitPos >>> 3] >>> (bitPos & 7)) & 1) << i;
        }
        return v;
    }

    /** A canonical Huffman code read bit by bit (RFC 1951 §3.2.2); slow and plain, as an oracle should be. */
    private static final class Huffman {
        private final int[] counts = new int[16];
        private final int[] symbols;

        Huffman(int[] lengths) {
            symbols = new int[lengths.length];
            for (int l : lengths) {
                counts[l]++;
            }
            counts[0] = 0;
            int[] offsets = new int[16];
            for (int i = 1; i < 16; i++) {
                offsets[i] = offsets[i - 1] + counts[i - 1];
            }
            for (int s = 0; s < lengths.length; s++) {
                if (lengths[s] != 0) {
                    symbols[offsets[lengths[s]]++] = s;
                }
            }
        }

        static Huffman fixedLiterals() {
            int[] l = new int[288];
            for (int i = 0; i < 288; i++) {
                l[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
            }
            return new Huffman(l);
        }

        static Huffman fixedDistances() {
            int[] l = new int[30];
            Arrays.fill(l, 5);
            return new Huffman(l);
        }

        int decode(DeflateDistances d) {
            int code = 0;
            int first = 0;
            int index = 0;
            for (int len = 1; len < 16; len++) {
                code |= d.bits(1);
                int count = counts[len];
                if (code - first < count) {
                    return symbols[index + code - first];
                }
                index += count;
                first = (first + count) << 1;
                code <<= 1;
            }
            throw new IllegalArgumentException("no Huffman code matches");
        }
    }
}
