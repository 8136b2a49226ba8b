package wsinspector.capture;

/**
 * Whether a file's bytes can be a text dump: valid UTF-8 with (almost) no control characters.
 * A capture of binary frames fails this at its first 0x81 byte, so it is read as raw bytes.
 */
final class TextCheck {
    /** A copied terminal session may carry a stray escape or bell; more than 1 in 100 is binary. */
    private static final int CONTROL_CHARS_PER_100_ALLOWED = 1;

    private TextCheck() {
    }

    static boolean isText(byte[] b) {
        return isText(b, true);
    }

    /**
     * @param whole whether {@code b} is the whole file; if it is only the start, a character cut by its end
     *              is not held against it
     */
    static boolean isText(byte[] b, boolean whole) {
        int controls = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                if (isControl(c)) {
                    controls++;
                }
                i++;
            } else {
                int len = utf8SequenceLength(b, i);
                if (len == 0) {
                    if (!whole && cutCharacter(b, i)) {
                        break;
                    }
                    return false;
                }
                i += len;
            }
        }
        return controls == 0 || (long) controls * 100 <= (long) b.length * CONTROL_CHARS_PER_100_ALLOWED;
    }

    /** Whether the bytes from {@code i} to the end are the start of a UTF-8 sequence that the end cut. */
    private static boolean cutCharacter(byte[] b, int i) {
        int c = b[i] & 0xff;
        int len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
        if (len == 0 || b.length - i >= len) {
            return false;
        }
        for (int k = i + 1; k < b.length; k++) {
            if ((b[k] & 0xc0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f;
    }

    /** The length of the well-formed UTF-8 sequence at {@code i} (RFC 3629 §4), or 0 if it is not well formed. */
    private static int utf8SequenceLength(byte[] b, int i) {
        int c = b[i] & 0xff;
        int len;
        int min;
        int max = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            len = 2;
            min = 0x80;
        } else if (c >= 0xe0 && c <= 0xef) {
            len = 3;
            min = c == 0xe0 ? 0xa0 : 0x80;
            max = c == 0xed ? 0x9f : 0xbf;
        } else if (c >= 0xf0 && c <= 0xf4) {
            len = 4;
            min = c == 0xf0 ? 0x90 : 0x80;
            max = c == 0xf4 ? 0x8f : 0xbf;
        } else {
            return 0;
        }
        if (i + len > b.length) {
            return 0;
        }
        int second = b[i + 1] & 0xff;
        if (second < min || second > max) {
            return 0;
        }
        for (int k = 2; k < len; k++) {
            int cont = b[i + k] & 0xff;
            if (cont < 0x80 || cont > 0xbf) {
                return 0;
            }
        }
        return len;
    }
}
