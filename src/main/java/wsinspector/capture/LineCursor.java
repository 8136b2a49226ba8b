package wsinspector.capture;

import java.nio.charset.StandardCharsets;

/** Walks the lines of a text dump held in memory, one at a time, without copying the whole file. */
final class LineCursor {
    private final byte[] content;
    private final String file;
    private int pos;
    private int number;

    LineCursor(byte[] content, String file) {
        this.content = content;
        this.file = file;
        this.pos = startsWithByteOrderMark(content) ? 3 : 0;
    }

    /** The next line (LF or CRLF ends a line), or null at the end of the file. */
    DumpLine next() {
        if (pos >= content.length) {
            return null;
        }
        int start = pos;
        int end = start;
        while (end < content.length && content[end] != '\n') {
            end++;
        }
        pos = end + 1;
        int textEnd = end > start && content[end - 1] == '\r' ? end - 1 : end;
        number++;
        return new DumpLine(file, number, new String(content, start, textEnd - start, StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWithByteOrderMark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
    }
}
