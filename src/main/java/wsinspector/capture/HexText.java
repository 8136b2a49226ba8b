package wsinspector.capture;

import wsinspector.protocol.Phrase;

/** Turns the hex digits of a dump line into bytes, naming the column of the first digit that is wrong. */
final class HexText {
    private HexText() {
    }

    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    static boolean isHexDigit(char c) {
        return digit(c) >= 0;
    }

    /** The index after the run of hex digits that starts at {@code i}. */
    static int hexRunEnd(String s, int i) {
        while (i < s.length() && isHexDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Decodes the hex area {@code [from, to)} of an offset-column line: groups of digits separated by
     * spaces, each group an even number of digits, bytes in the order written (xxd's {@code 8105}
     * is 81 then 05). {@code bytesPerGroup} is 1 where the tool always prints one byte per group
     * (hexdump -C, od -tx1, Wireshark), 0 where any even number of digits is fine.
     */
    static void decodeGroups(DumpLine line, int from, int to, ByteSink out, int bytesPerGroup, DumpFormat format)
            throws DumpException {
        String s = line.text();
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int end = i;
            while (end < to && s.charAt(end) != ' ' && s.charAt(end) != '\t') {
                end++;
            }
            decodeGroup(line, i, end, out);
            if (bytesPerGroup == 1 && end - i != 2) {
                throw line.error(Phrase.of("dump.one-byte-groups", line.quoted(), s.substring(i, end), i + 1,
                                format.spoken()),
                        format == DumpFormat.OD ? Phrase.of("dump.fix.od-bytes") : DumpLine.FIX_OR_COMMENT);
            }
            i = end;
        }
    }

    /**
     * Decodes a line of plain hex: digits with optional spaces, tabs, commas and {@code 0x} prefixes.
     *
     * @return whether the line held anything but hex digits (so it is not {@code xxd -p} output)
     */
    static boolean decodePlain(DumpLine line, ByteSink out) throws DumpException {
        String s = line.text();
        boolean separated = false;
        boolean tokenSeen = false;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isSeparator(c)) {
                i++;
                continue;
            }
            separated |= tokenSeen;
            tokenSeen = true;
            int start = i;
            if (c == '0' && i + 1 < n && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
                separated = true;
                start = i + 2;
            }
            int end = start;
            while (end < n && !isSeparator(s.charAt(end))) {
                end++;
            }
            if (start > i && end - start == 1) {
                decodeOneDigitByte(line, start, out);
            } else {
                decodeGroup(line, start, end, out);
            }
            i = end;
        }
        return separated;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == ',' || c == '\f';
    }

    /** {@code 0x5} in a C-style list is the byte 05. */
    private static void decodeOneDigitByte(DumpLine line, int at, ByteSink out) throws DumpException {
        int d = digit(line.text().charAt(at));
        if (d < 0) {
            throw notHex(line, at);
        }
        out.write(d);
    }

    private static void decodeGroup(DumpLine line, int start, int end, ByteSink out) throws DumpException {
        String s = line.text();
        if (start == end) {
            throw line.error(Phrase.of("dump.empty-0x", line.quoted(), start - 1), DumpLine.FIX_OR_COMMENT);
        }
        for (int k = start; k < end; k += 2) {
            int hi = digit(s.charAt(k));
            if (hi < 0) {
                throw notHex(line, k);
            }
            if (k + 1 >= end) {
                throw line.error(Phrase.of("dump.odd-digits", line.quoted(), s.substring(start, end), start + 1),
                        DumpLine.FIX_OR_COMMENT);
            }
            int lo = digit(s.charAt(k + 1));
            if (lo < 0) {
                throw notHex(line, k);
            }
            out.write(hi << 4 | lo);
        }
    }

    private static DumpException notHex(DumpLine line, int pairStart) {
        return line.error(Phrase.of("dump.not-hex", line.quoted(), pairStart + 1), DumpLine.FIX_OR_COMMENT);
    }
}
