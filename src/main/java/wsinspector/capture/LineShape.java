package wsinspector.capture;

/**
 * Where the offset and the hex bytes are on one line of an offset-column dump. Each tool puts a
 * column of characters after the hex that may itself look like hex ({@code 3031 3233  0123}), so
 * the hex area ends where the tool's layout says, never where the hex digits happen to stop:
 * at the first double space (xxd, tcpdump -X, Wireshark, whose hex groups are single-spaced), at
 * {@code |} (hexdump -C, whose hex has a double space in the middle), at {@code >} (od -z).
 *
 * @param kind        what the line is
 * @param offsetStart where the offset digits start (DATA and OFFSET_ONLY)
 * @param offsetEnd   where they end
 * @param hexStart    where the hex area starts (DATA)
 * @param hexEnd      where it ends
 */
record LineShape(Kind kind, int offsetStart, int offsetEnd, int hexStart, int hexEnd) {

    enum Kind {
        /** An offset and bytes. */
        DATA,
        /** An offset alone: the end of the dump (hexdump -C, od) or of a run of repeated lines. */
        OFFSET_ONLY,
        /** {@code *}: the line before repeats until the next offset. */
        STAR,
        /** Not a line of this format (for tcpdump, a packet's header line). */
        OTHER
    }

    private static final LineShape STAR = new LineShape(Kind.STAR, 0, 0, 0, 0);
    private static final LineShape OTHER = new LineShape(Kind.OTHER, 0, 0, 0, 0);

    String offsetDigits(String text) {
        return text.substring(offsetStart, offsetEnd);
    }

    static LineShape of(DumpFormat format, String s) {
        int end = trimmedEnd(s);
        int start = skipSpaces(s, 0, end);
        if (end - start == 1 && s.charAt(start) == '*') {
            return STAR;
        }
        switch (format) {
            case TCPDUMP:
                return tcpdump(s, start, end);
            case XXD:
                return afterOffset(s, start, HexText.hexRunEnd(s, start), end, ':');
            case HEXDUMP_C:
                return untilMark(s, start, end, '|');
            case OD:
                return untilMark(s, start, end, '>');
            case WIRESHARK_HEX:
                return afterOffset(s, start, HexText.hexRunEnd(s, start), end, ' ');
            default:
                return OTHER;
        }
    }

    /** An example of a good line, for messages. */
    static String example(DumpFormat format) {
        switch (format) {
            case XXD:
                return "00000010: 5158 0000 0000 0000 0000 0000 0000 0000  QX..............";
            case HEXDUMP_C:
                return "00000010  51 58 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |QX..............|";
            case OD:
                return "000010 51 58 00 00 00 00 00 00 00 00 00 00 00 00 00 00";
            case WIRESHARK_HEX:
                return "0010   51 58 00 00 00 00 00 00 00 00 00 00 00 00 00 00   QX..............";
            case TCPDUMP:
                return "\t0x0010:  7f00 0001 9c40 1388 0000 0001 0000 0001";
            default:
                return "81 05 48 65 6c 6c 6f";
        }
    }

    /** tcpdump: {@code <tab>0x0000:  4500 0034 …  E..4}. */
    private static LineShape tcpdump(String s, int start, int end) {
        if (end - start < 3 || s.charAt(start) != '0' || (s.charAt(start + 1) | 0x20) != 'x') {
            return OTHER;
        }
        return afterOffset(s, start + 2, HexText.hexRunEnd(s, start + 2), end, ':');
    }

    /** xxd, tcpdump and Wireshark: offset, separator, single-spaced hex groups, two spaces, text column. */
    private static LineShape afterOffset(String s, int offsetStart, int offsetEnd, int end, char separator) {
        if (offsetEnd == offsetStart) {
            return OTHER;
        }
        if (offsetEnd == end) {
            return separator == ' ' ? offsetOnly(offsetStart, offsetEnd) : OTHER;
        }
        if (s.charAt(offsetEnd) != separator) {
            return OTHER;
        }
        int hexStart = skipSpaces(s, offsetEnd + 1, end);
        if (hexStart == end) {
            return offsetOnly(offsetStart, offsetEnd);
        }
        return new LineShape(Kind.DATA, offsetStart, offsetEnd, hexStart, doubleSpaceOrEnd(s, hexStart, end));
    }

    /** hexdump -C and od: offset, space, hex (maybe with double spaces), optional text column after a mark. */
    private static LineShape untilMark(String s, int start, int end, char mark) {
        int offsetEnd = HexText.hexRunEnd(s, start);
        if (offsetEnd == start) {
            return OTHER;
        }
        if (offsetEnd == end) {
            return offsetOnly(start, offsetEnd);
        }
        if (s.charAt(offsetEnd) != ' ') {
            return OTHER;
        }
        int markAt = s.indexOf(mark, offsetEnd);
        int hexEnd = markAt < 0 || markAt > end ? end : markAt;
        return new LineShape(Kind.DATA, start, offsetEnd, offsetEnd + 1, hexEnd);
    }

    private static LineShape offsetOnly(int offsetStart, int offsetEnd) {
        return new LineShape(Kind.OFFSET_ONLY, offsetStart, offsetEnd, offsetEnd, offsetEnd);
    }

    private static int doubleSpaceOrEnd(String s, int from, int end) {
        for (int k = from; k < end; k++) {
            char c = s.charAt(k);
            if (c == '\t' || (c == ' ' && k + 1 < end && s.charAt(k + 1) == ' ')) {
                return k;
            }
        }
        return end;
    }

    private static int skipSpaces(String s, int i, int end) {
        while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int trimmedEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return end;
    }
}
