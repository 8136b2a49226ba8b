package wsinspector.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Incremental UTF-8 validation (RFC 3629 §4, the well-formed sequences of Unicode Table 3-7), as RFC 6455 §8.1
 * requires for text messages, which a frame boundary may split in the middle of a character.
 *
 * <p>It fails at the first byte that cannot continue a well-formed sequence, as the Autobahn test suite expects:
 * overlongs ({@code c0 80}, {@code e0 80}), surrogates ({@code ed a0}) and code points above U+10FFFF
 * ({@code f4 90}) fail at their second byte, stray continuation bytes and {@code f5}-{@code ff} at themselves.
 * After a failure the validator stays failed until {@link #reset()}.
 */
public final class Utf8Validator {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The top bit of each of 8 bytes: none set, the 8 bytes are ASCII. */
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private long count;
    /** Continuation bytes still expected in the current character. */
    private int remaining;
    /** Bounds of the next byte: only the second byte of a sequence can have bounds other than 80..BF. */
    private int lower = 0x80;
    private int upper = 0xBF;
    private long sequenceStart = -1;
    private long badByteIndex = -1;

    /**
     * Validates the next bytes of the text.
     *
     * @return the index, relative to {@code off}, of the first byte that cannot be part of valid UTF-8, or -1 if
     *         there is none (also -1 once the validator has failed on earlier bytes: see {@link #badByteIndex()})
     */
    public int feed(byte[] b, int off, int len) {
        if (badByteIndex >= 0) {
            return -1;
        }
        int i = 0;
        while (i < len) {
            if (remaining == 0) { // between characters: skip a run of ASCII 8 bytes at a time (most text is)
                while (i <= len - 8 && ((long) LONGS.get(b, off + i) & HIGH_BITS) == 0) {
                    i += 8;
                }
                if (i == len) {
                    break;
                }
            }
            int c = b[off + i] & 0xFF;
            if (remaining == 0) {
                if (c < 0x80) {
                    i++;
                    continue;
                }
                if (!startSequence(c)) {
                    return fail(i);
                }
                sequenceStart = count + i;
            } else {
                if (c < lower || c > upper) {
                    return fail(i);
                }
                remaining--;
                lower = 0x80;
                upper = 0xBF;
            }
            i++;
        }
        count += len;
        return -1;
    }

    /** Whether the bytes so far end between two characters (false inside a character or after a failure). */
    public boolean atCharacterBoundary() {
        return remaining == 0 && badByteIndex < 0;
    }

    /** Whether no invalid byte has been seen (the text may still end inside a character). */
    public boolean isValid() {
        return badByteIndex < 0;
    }

    /** The index, in all bytes fed since the last reset, of the first invalid byte; -1 if none. */
    public long badByteIndex() {
        return badByteIndex;
    }

    /** The index of the first byte of the character in progress, -1 at a character boundary. */
    public long incompleteSequenceStart() {
        return remaining == 0 ? -1 : sequenceStart;
    }

    /** How many bytes were fed since the last reset (up to the failure, if any). */
    public long bytesFed() {
        return count;
    }

    public void reset() {
        count = 0;
        remaining = 0;
        lower = 0x80;
        upper = 0xBF;
        sequenceStart = -1;
        badByteIndex = -1;
    }

    /** Whether these bytes are, as a whole, valid UTF-8 ending at a character boundary. */
    public static boolean isValid(byte[] b, int off, int len) {
        Utf8Validator v = new Utf8Validator();
        return v.feed(b, off, len) < 0 && v.atCharacterBoundary();
    }

    /** Sets up the expectations after a lead byte; false if it cannot start a character. */
    private boolean startSequence(int c) {
        if (c >= 0xC2 && c <= 0xDF) {
            return expect(1, 0x80, 0xBF);
        } else if (c == 0xE0) {
            return expect(2, 0xA0, 0xBF); // below A0 would be overlong
        } else if (c == 0xED) {
            return expect(2, 0x80, 0x9F); // A0..BF would be a surrogate, U+D800..U+DFFF
        } else if (c >= 0xE1 && c <= 0xEF) {
            return expect(2, 0x80, 0xBF);
        } else if (c == 0xF0) {
            return expect(3, 0x90, 0xBF); // below 90 would be overlong
        } else if (c >= 0xF1 && c <= 0xF3) {
            return expect(3, 0x80, 0xBF);
        } else if (c == 0xF4) {
            return expect(3, 0x80, 0x8F); // 90 and above would exceed U+10FFFF
        }
        return false; // 80..BF continuation without a lead, C0/C1 always overlong, F5..FF never used
    }

    private boolean expect(int continuationBytes, int lowerBound, int upperBound) {
        remaining = continuationBytes;
        lower = lowerBound;
        upper = upperBound;
        return true;
    }

    private int fail(int i) {
        badByteIndex = count + i;
        count += i;
        return i;
    }
}
