package wsinspector.dissect;

/** Hex renderings of bytes as fields show them. */
public final class Hex {
    /** How many bytes a preview shows before it ends with an ellipsis. */
    public static final int PREVIEW_BYTES = 64;
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /** Space-separated lower-case pairs: {@code 81 05 48}. */
    public static String of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    public static String of(byte[] bytes, int off, int len) {
        StringBuilder sb = new StringBuilder(len * 3);
        for (int i = 0; i < len; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            appendByte(sb, bytes[off + i]);
        }
        return sb.toString();
    }

    /** Pairs without separators, as the JSON output carries them: {@code 810548}. */
    public static String compact(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            appendByte(sb, b);
        }
        return sb.toString();
    }

    public static String preview(byte[] bytes) {
        return preview(bytes, 0, bytes.length);
    }

    public static String preview(byte[] bytes, int off, int len) {
        return len <= PREVIEW_BYTES ? of(bytes, off, len) : of(bytes, off, PREVIEW_BYTES) + " …";
    }

    public static String ofByte(int b) {
        return new String(new char[] {DIGITS[(b >> 4) & 0xF], DIGITS[b & 0xF]});
    }

    private static void appendByte(StringBuilder sb, byte b) {
        sb.append(DIGITS[(b >> 4) & 0xF]).append(DIGITS[b & 0xF]);
    }
}
