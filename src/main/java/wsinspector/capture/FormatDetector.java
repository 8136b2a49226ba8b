package wsinspector.capture;

import wsinspector.protocol.Phrase;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells which hex dump a text file is, from its first lines. The first line of bytes decides,
 * except for tcpdump, whose output starts with a header line ({@code 12:00:00.000000 IP …}):
 * a tcpdump hex line among the first lines makes the file tcpdump output. A first line that is
 * no dump at all ({@code GET /chat HTTP/1.1}) makes the file raw bytes that happen to be text.
 */
final class FormatDetector {
    private static final int LINES_LOOKED_AT = 10;

    private FormatDetector() {
    }

    /** The format, or null if the text is not a hex dump (read it as raw bytes). */
    static DumpFormat detect(byte[] content, String file) throws DumpException {
        List<DumpLine> first = firstDataLines(content, file);
        if (first.isEmpty()) {
            return DumpFormat.PLAIN_HEX;
        }
        for (DumpLine line : first) {
            if (LineShape.of(DumpFormat.TCPDUMP, line.text()).kind() == LineShape.Kind.DATA) {
                return DumpFormat.TCPDUMP;
            }
        }
        return fromFirstLine(first.get(0), first.size() == 1);
    }

    private static DumpFormat fromFirstLine(DumpLine line, boolean onlyLine) throws DumpException {
        String s = line.text().strip();
        int offsetEnd = HexText.hexRunEnd(s, 0);
        boolean zeroOffset = offsetEnd > 0 && s.substring(0, offsetEnd).chars().allMatch(c -> c == '0');
        String rest = s.substring(offsetEnd);
        if (offsetEnd >= 4 && rest.startsWith(":")) {
            return DumpFormat.XXD;
        }
        if (offsetEnd >= 4 && rest.startsWith("  ") && startsWithByte(rest.substring(2)) && s.endsWith("|")) {
            return DumpFormat.HEXDUMP_C;
        }
        if (zeroOffset && offsetEnd >= 6) {
            if (rest.isEmpty() && onlyLine) {
                return DumpFormat.OD; // od of an empty file prints only its end offset
            }
            if (rest.startsWith(" ") && !rest.startsWith("  ")) {
                rejectWordDump(line, rest.substring(1));
                if (startsWithByte(rest.substring(1))) {
                    return DumpFormat.OD;
                }
            }
        }
        if (zeroOffset && offsetEnd >= 4 && rest.startsWith("  ") && startsWithByte(rest.strip())) {
            return DumpFormat.WIRESHARK_HEX;
        }
        return startsWithHex(s) ? DumpFormat.PLAIN_HEX : null;
    }

    /** {@code hexdump} without -C and {@code od -x} print 16-bit words in the machine's byte order. */
    private static void rejectWordDump(DumpLine line, String afterOffset) throws DumpException {
        int groupEnd = HexText.hexRunEnd(afterOffset, 0);
        if (groupEnd == 4 && (groupEnd == afterOffset.length() || afterOffset.charAt(groupEnd) == ' ')) {
            throw line.error(Phrase.of("dump.word-dump", line.quoted()), Phrase.of("dump.fix.word-dump"));
        }
    }

    /** Two hex digits and then a space or the end: one byte of hexdump -C, od or Wireshark. */
    private static boolean startsWithByte(String s) {
        return HexText.hexRunEnd(s, 0) == 2 && (s.length() == 2 || s.charAt(2) == ' ');
    }

    /**
     * A line meant as hex, maybe with a typo that parsing will then name: it starts with a hex digit
     * and two thirds of its characters (not counting spaces and commas) are hex digits.
     * {@code GET /chat HTTP/1.1} and {@code Accept: text/html} are not.
     */
    private static boolean startsWithHex(String s) {
        if (s.isEmpty() || !HexText.isHexDigit(s.charAt(0))) {
            return false;
        }
        int hex = 0;
        int counted = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != ',') {
                counted++;
                hex += HexText.isHexDigit(c) || c == 'x' || c == 'X' ? 1 : 0;
            }
        }
        return hex * 3 >= counted * 2;
    }

    private static List<DumpLine> firstDataLines(byte[] content, String file) {
        List<DumpLine> lines = new ArrayList<>();
        LineCursor cursor = new LineCursor(content, file);
        for (DumpLine line = cursor.next(); line != null && lines.size() < LINES_LOOKED_AT; line = cursor.next()) {
            if (!line.isBlank() && !Marker.isComment(line.text())) {
                lines.add(line);
            }
        }
        return lines;
    }
}
