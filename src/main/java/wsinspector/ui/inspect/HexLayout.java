package wsinspector.ui.inspect;

/**
 * Where every byte of a message stands in the text of a hex view, and back: the layout of
 * Wireshark's bytes pane, 16 bytes a row in two groups of eight, an offset column before them and
 * an ASCII column after.
 *
 * <pre>
 * 0000  81 85 37 fa 21 3d 7f 9f  4d 51 58                 ··7·!=··MQX
 * </pre>
 *
 * Offsets in the text count from the message's first byte (the same numbers the offset column
 * shows). Only the first {@link #MAX_BYTES} bytes are laid out: a hex view of a 16 MiB message
 * would be a million lines nobody reads.
 */
public final class HexLayout {
    public static final int BYTES_PER_ROW = 16;
    /** The most bytes a hex view lays out; longer messages are cut (the view says so). */
    public static final int MAX_BYTES = 16 * 1024;
    /** Printed for a byte that is not printable ASCII (Wireshark's choice: it is not the dot 0x2e). */
    public static final char NON_PRINTABLE = '·';

    private static final int GAP = 2;
    private static final int HEX_WIDTH = BYTES_PER_ROW * 3 + 1; // "xx " sixteen times, one extra space after eight

    private final int length;
    private final int offsetDigits;
    private final int lineLength;

    /** A layout for the first {@code min(totalLength, MAX_BYTES)} bytes. */
    public HexLayout(int totalLength) {
        this(totalLength, MAX_BYTES);
    }

    HexLayout(int totalLength, int maxBytes) {
        this.length = Math.max(0, Math.min(totalLength, maxBytes));
        this.offsetDigits = totalLength > 0xFFFF ? 8 : 4;
        this.lineLength = offsetDigits + GAP + HEX_WIDTH + 1 + BYTES_PER_ROW + 1; // + newline
    }

    /** How many bytes are laid out. */
    public int length() {
        return length;
    }

    public int rows() {
        return (length + BYTES_PER_ROW - 1) / BYTES_PER_ROW;
    }

    /** Characters in one row including its line end. */
    public int lineLength() {
        return lineLength;
    }

    /** The length of the whole text (the last row has no line end). */
    public int textLength() {
        return rows() == 0 ? 0 : rows() * lineLength - 1;
    }

    public int rowStart(int row) {
        return row * lineLength;
    }

    public int offsetDigits() {
        return offsetDigits;
    }

    /** Text position of the first of the two hex digits of byte {@code index}. */
    public int hexStart(int index) {
        int column = index % BYTES_PER_ROW;
        return rowStart(index / BYTES_PER_ROW) + offsetDigits + GAP + column * 3 + (column >= 8 ? 1 : 0);
    }

    /** Text position of byte {@code index}'s character in the ASCII column. */
    public int asciiStart(int index) {
        return rowStart(index / BYTES_PER_ROW) + offsetDigits + GAP + HEX_WIDTH + 1 + index % BYTES_PER_ROW;
    }

    /** The byte shown at a text position (either hex digit or its ASCII character), or -1. */
    public int byteAt(int textPosition) {
        if (textPosition < 0 || textPosition >= textLength()) {
            return -1;
        }
        int row = textPosition / lineLength;
        int col = textPosition % lineLength - offsetDigits - GAP;
        int index;
        if (col >= 0 && col < HEX_WIDTH) {
            int inGroup = col >= 8 * 3 + 1 ? col - 1 : col;
            if (col == 8 * 3 || inGroup % 3 == 2) {
                return -1; // a space between bytes
            }
            index = row * BYTES_PER_ROW + inGroup / 3;
        } else {
            int ascii = col - HEX_WIDTH - 1;
            if (ascii < 0 || ascii >= BYTES_PER_ROW) {
                return -1;
            }
            index = row * BYTES_PER_ROW + ascii;
        }
        return index < length ? index : -1;
    }

    /** The text of the view for these bytes (only the first {@link #length()} are used). */
    public String text(byte[] bytes) {
        StringBuilder sb = new StringBuilder(textLength());
        for (int row = 0; row < rows(); row++) {
            if (row > 0) {
                sb.append('\n');
            }
            appendRow(sb, bytes, row);
        }
        return sb.toString();
    }

    private void appendRow(StringBuilder sb, byte[] bytes, int row) {
        int first = row * BYTES_PER_ROW;
        String offset = Integer.toHexString(first);
        sb.append("0".repeat(Math.max(0, offsetDigits - offset.length()))).append(offset).append("  ");
        for (int col = 0; col < BYTES_PER_ROW; col++) {
            if (col == 8) {
                sb.append(' ');
            }
            int i = first + col;
            sb.append(i < length ? wsinspector.dissect.Hex.ofByte(bytes[i] & 0xFF) : "  ").append(' ');
        }
        sb.append(' ');
        for (int col = 0; col < BYTES_PER_ROW; col++) {
            int i = first + col;
            sb.append(i < length ? printable(bytes[i] & 0xFF) : ' ');
        }
    }

    /** The byte as a character of the ASCII column. */
    public static char printable(int b) {
        return b >= 0x20 && b < 0x7F ? (char) b : NON_PRINTABLE;
    }
}
