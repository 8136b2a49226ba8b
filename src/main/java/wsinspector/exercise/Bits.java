package wsinspector.exercise;

import java.util.Locale;

/** How bytes and bits are written in the exercises' explanations: {@code 0x81}, {@code 1000 0001}. */
final class Bits {
    private Bits() {
    }

    static String hex(int b) {
        return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
    }

    static String hexBytes(byte[] bytes, int off, int len) {
        StringBuilder out = new StringBuilder();
        for (int i = off; i < off + len; i++) {
            out.append(out.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
        }
        return out.toString();
    }

    /** Eight bits in two groups of four: {@code 1000 0001}. */
    static String bits(int b) {
        String s = String.format(Locale.ROOT, "%8s", Integer.toBinaryString(b & 0xFF)).replace(' ', '0');
        return s.substring(0, 4) + " " + s.substring(4);
    }

    /** The low {@code n} bits of a byte: {@code 000 0101}. */
    static String lowBits(int b, int n) {
        String all = String.format(Locale.ROOT, "%8s", Integer.toBinaryString(b & 0xFF)).replace(' ', '0');
        String low = all.substring(8 - n);
        return low.length() > 4 ? low.substring(0, low.length() - 4) + " " + low.substring(low.length() - 4) : low;
    }

    /** A byte as a character when it is printable ASCII, else empty. */
    static String character(int b) {
        int c = b & 0xFF;
        return c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : "";
    }
}
