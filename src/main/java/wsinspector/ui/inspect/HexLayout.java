package wsinspector.ui.inspect;

/**
 * Where every byte of a message stands in the text of a hex view, and back: the layout of
 * Wireshark's bytes pane, 16 bytes a row in two groups of eight, an offset column before them and
 * an ASCII column after. A narrow view (large type on a small screen) uses 8 bytes a row.
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
    /** The narrow layout, when 16 bytes do not fit in large type. */
    public static final int NARROW_BYTES_PER_ROW = 8;
    /**
     * The tightest layout, when not even 8 bytes fit: projector mode's type in the column the hex has beside the tree
     * and the timeline (an echo's 7 bytes a row scrolled sideways at 1280×800 and at 1920×1080).
     */
    public static final int TIGHT_BYTES_PER_ROW = 4;
    /** The most bytes a hex view lays out; longer messages are cut (the view says so). */
    public static final int MAX_BYTES = 16 * 1024;
    /** Printed for a byte that is not printable ASCII (Wireshark's choice: it is not the dot 0x2e). */
    public static final char NON_PRINTABLE = '·';

    private static final int GAP = 2;

    private final int bytesPerRow;
    private final int hexWidth;
    private final int length;
    private final int offsetDigits;
    private final int lineLength;

    /** A layout for the first {@code min(totalLength, MAX_BYTES)} bytes. */
    public HexLayout(int totalLength) {
        this(totalLength, BYTES_PER_ROW);
    }

    /** @param bytesPerRow 16, or 8 for a narrow view, or fewer for a message shorter than a row (see {@link #perRow}) */
    public HexLayout(int totalLength, int bytesPerRow) {
        this(totalLength, bytesPerRow, MAX_BYTES);
    }

    HexLayout(int totalLength, int bytesPerRow, int maxBytes) {
        this.bytesPerRow = bytesPerRow > 0 && bytesPerRow <= NARROW_BYTES_PER_ROW ? bytesPerRow : BYTES_PER_ROW;
        this.hexWidth = this.bytesPerRow * 3 + (this.bytesPerRow > 8 ? 1 : 0); // "xx " per byte, a space after eight
        this.length = Math.max(0, Math.min(totalLength, maxBytes));
        this.offsetDigits = totalLength > 0xFFFF ? 8 : 4;
        this.lineLength = offsetDigits + GAP + hexWidth + 1 + this.bytesPerRow + 1; // + newline
    }

    public int bytesPerRow() {
        return bytesPerRow;
    }

    /**
     * The bytes a row for a message of {@code totalLength} bytes where {@code bytesPerRow} fit: a message shorter than
     * a narrow row is one row of its own length, not padded to eight (a close frame's 4 bytes took the width of 8 and
     * left the field tree beside them a 230 px column, its words wrapped, W11-1).
     */
    public static int perRow(int totalLength, int bytesPerRow) {
        return totalLength > 0 && totalLength < NARROW_BYTES_PER_ROW ? totalLength : bytesPerRow;
    }

    /** The width of a row in characters, for a given number of bytes a row (to choose one that fits). */
    public static int rowWidth(int totalLength, int bytesPerRow) {
        return new HexLayout(0, bytesPerRow).lineLength - 1 + (totalLength > 0xFFFF ? 4 : 0);
    }

    /** How many bytes are laid out. */
    public int length() {
        return length;
    }

    public int rows() {
        return (length + bytesPerRow - 1) / bytesPerRow;
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
        int column = index % bytesPerRow;
        return rowStart(index / bytesPerRow) + offsetDigits + GAP + column * 3 + (column >= 8 ? 1 : 0);
    }

    /** Text position of byte {@code index}'s character in the ASCII column. */
    public int asciiStart(int index) {
        return rowStart(index / bytesPerRow) + offsetDigits + GAP + hexWidth + 1 + index % bytesPerRow;
    }

    /** The byte shown at a text position (either hex digit or its ASCII character), or -1. */
    public int byteAt(int textPosition) {
        if (textPosition < 0 || textPosition >= textLength()) {
            return -1;
        }
        int row = textPosition / lineLength;
        int col = textPosition % lineLength - offsetDigits - GAP;
        int index;
        if (col >= 0 && col < hexWidth) {
            int inGroup = col >= 8 * 3 + 1 ? col - 1 : col;
            if (col == 8 * 3 || inGroup % 3 == 2) {
                return -1; // a space between bytes
            }
            index = row * bytesPerRow + inGroup / 3;
        } else {
            int ascii = col - hexWidth - 1;
            if (ascii < 0 || ascii >= bytesPerRow) {
                return -1;
            }
            index = row * bytesPerRow + ascii;
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
        int first = row * bytesPerRow;
        String offset = Integer.toHexString(first);
        sb.append("0".repeat(Math.max(0, offsetDigits - offset.length()))).append(offset).append("  ");
        for (int col = 0; col < bytesPerRow; col++) {
            if (col == 8) {
                sb.append(' ');
            }
            int i = first + col;
            sb.append(i < length ? wsinspector.dissect.Hex.ofByte(bytes[i] & 0xFF) : "  ").append(' ');
        }
        sb.append(' ');
        for (int col = 0; col < bytesPerRow; col++) {
            int i = first + col;
            sb.append(i < length ? printable(bytes[i] & 0xFF) : ' ');
        }
    }

    /** The byte as a character of the ASCII column. */
    public static char printable(int b) {
        return b >= 0x20 && b < 0x7F ? (char) b : NON_PRINTABLE;
    }
}
