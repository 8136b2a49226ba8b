package wsinspector.legacy;

/**
 * Finds the first byte at which a byte range stops being UTF-8 (RFC 3629 §4: no overlong forms,
 * no surrogates, nothing above U+10FFFF). Package-private: the protocol package has its own
 * validator, which this package may not wait for.
 */
final class Utf8Scan {

    private Utf8Scan() {
    }

    /**
     * @param complete whether the range is the whole text; if not, a sequence cut by its end is not an error
     * @return the index (from {@code off}'s array start) of the first bad byte, or -1 when the range is valid;
     *         a sequence cut by the end of a complete range is bad at index {@code off + len}
     */
    static int firstInvalid(byte[] b, int off, int len, boolean complete) {
        int end = off + len;
        int i = off;
        while (i < end) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int need;
            int min = 0x80;
            int max = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                need = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                need = 2;
                if (lead == 0xE0) min = 0xA0;      // overlong
                if (lead == 0xED) max = 0x9F;      // surrogates
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                need = 3;
                if (lead == 0xF0) min = 0x90;      // overlong
                if (lead == 0xF4) max = 0x8F;      // above U+10FFFF
            } else {
                return i;                          // C0, C1, F5..FF, or a stray continuation byte
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= end) {
                    return complete ? end : -1;
                }
                int c = b[i + k] & 0xFF;
                int lo = k == 1 ? min : 0x80;
                int hi = k == 1 ? max : 0xBF;
                if (c < lo || c > hi) {
                    return i + k;
                }
            }
            i += need + 1;
        }
        return -1;
    }
}
