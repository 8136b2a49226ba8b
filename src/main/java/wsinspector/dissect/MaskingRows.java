package wsinspector.dissect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import wsinspector.protocol.Masking;

/**
 * The masking of RFC 6455 §5.3 byte by byte: payload byte i on the wire ⊕ key byte (i mod 4) =
 * the byte the application sent, and that byte as a character. Only the first {@link #LIMIT}
 * bytes are listed; the rest is counted.
 */
public final class MaskingRows {
    public static final int LIMIT = 64;

    /**
     * One payload byte unmasked.
     *
     * @param index     position in the payload
     * @param masked    the byte on the wire
     * @param keyIndex  index mod 4
     * @param key       the key byte used
     * @param plain     masked ⊕ key
     * @param character what the plain byte shows as: the character a UTF-8 sequence starts here, "" for a
     *                  continuation byte, {@code ·} for a byte that is not text, {@code ␣} for a space
     */
    public record Row(int index, int masked, int keyIndex, int key, int plain, String character) {
        /** {@code 7f ⊕ 37 = 48 H}. */
        public String text() {
            String line = Hex.ofByte(masked) + " ⊕ " + Hex.ofByte(key) + " = " + Hex.ofByte(plain);
            return character.isEmpty() ? line : line + " " + character;
        }
    }

    private final List<Row> rows;
    private final int remaining;

    private MaskingRows(List<Row> rows, int remaining) {
        this.rows = rows;
        this.remaining = remaining;
    }

    /**
     * @param wire    the frame's bytes
     * @param start   where the payload starts in {@code wire}
     * @param key     the 4-byte masking key
     */
    public static MaskingRows of(byte[] wire, int start, byte[] key) {
        int present = Math.max(0, wire.length - start);
        int shown = Math.min(present, LIMIT);
        byte[] plain = Arrays.copyOfRange(wire, start, start + shown);
        Masking.toggle(plain, 0, shown, key, 0);
        String[] chars = characters(plain);
        List<Row> rows = new ArrayList<>(shown);
        for (int i = 0; i < shown; i++) {
            rows.add(new Row(i, wire[start + i] & 0xFF, i % 4, key[i % 4] & 0xFF, plain[i] & 0xFF, chars[i]));
        }
        return new MaskingRows(List.copyOf(rows), present - shown);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Payload bytes after the listed ones. */
    public int remaining() {
        return remaining;
    }

    /** What each byte shows as, reading the bytes as UTF-8 (a character is shown at its first byte). */
    static String[] characters(byte[] bytes) {
        String[] out = new String[bytes.length];
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int n = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            if (n > 1 && i + n <= bytes.length && continuations(bytes, i + 1, n - 1)) {
                String s = new String(bytes, i, n, java.nio.charset.StandardCharsets.UTF_8);
                boolean decoded = !s.contains("\uFFFD");
                out[i] = decoded ? s : "·";
                for (int k = 1; k < n; k++) {
                    out[i + k] = decoded ? "" : "·";
                }
                i += n;
                continue;
            }
            out[i] = b == 0x20 ? "␣" : b > 0x20 && b < 0x7F ? Character.toString((char) b) : "·";
            i++;
        }
        return out;
    }

    private static boolean continuations(byte[] bytes, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
