package wsinspector.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds and parses the head of an HTTP/1.x message (RFC 7230 §3): start line, header lines, blank
 * line. Total: it never throws, reports {@link ParseResult.Incomplete} until the blank line has
 * arrived and {@link ParseResult.Malformed} at the first byte that cannot be part of a head, so a
 * stream that is not HTTP at all is rejected as soon as its first line is seen.
 *
 * <p>Bytes are read as ISO-8859-1; only printable ASCII and HTAB are accepted inside lines. Lines
 * may end with CRLF or, tolerated as most servers do, with a bare LF (then {@link HttpHead#bareLf()}).
 */
public final class HttpHeadParser {

    /** The longest head accepted; a longer one without a blank line is malformed. */
    public static final int MAX_HEAD = 16384;

    private static final Pattern REQUEST_LINE =
            Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+ [^ ]+ HTTP/[0-9]\\.[0-9]");
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/[0-9]\\.[0-9] [0-9]{3}( .*)?");
    private static final String TCHARS = "!#$%&'*+-.^_`|~";

    private HttpHeadParser() {
    }

    /** The outcome of {@link #parse}: not yet a whole head, a head, or bytes that are not one. */
    public sealed interface ParseResult {
        /** No blank line yet: more bytes are needed. */
        record Incomplete() implements ParseResult {
        }

        /** A whole head; its {@link HttpHead#length()} says where the next bytes begin. */
        record Complete(HttpHead head) implements ParseResult {
        }

        /**
         * Not an HTTP head.
         *
         * @param reason what was wrong, as a phrase ({@code detail.head-malformed.<what>})
         * @param offset where, from the first byte of the head
         */
        record Malformed(Phrase reason, int offset) implements ParseResult {
            private Malformed(String what, int offset, Object... args) {
                this(Phrase.of("detail.head-malformed." + what, args), offset);
            }
        }
    }

    /** Parses the head that starts at {@code buf[off]}, looking at no more than {@code len} bytes. */
    public static ParseResult parse(byte[] buf, int off, int len) {
        if (buf == null || off < 0 || len < 0 || off > buf.length - len) {
            return new ParseResult.Malformed("bounds", 0);
        }
        return new Run(buf, off, len).parse();
    }

    /** One pass over one buffer; holds the lines found so far. */
    private static final class Run {
        private final byte[] buf;
        private final int off;
        private final int len;
        private final int limit;
        private final List<HeaderLine> headers = new ArrayList<>();
        private String startLine;
        private boolean bareLf;

        Run(byte[] buf, int off, int len) {
            this.buf = buf;
            this.off = off;
            this.len = len;
            this.limit = Math.min(len, MAX_HEAD);
        }

        ParseResult parse() {
            int lineStart = 0;
            while (true) {
                int lf = -1;
                for (int i = lineStart; i < limit && lf < 0; i++) {
                    int b = at(i);
                    if (b == '\n') {
                        lf = i;
                    } else if (b == '\r') {
                        if (i + 1 < len && at(i + 1) != '\n') {
                            return new ParseResult.Malformed("cr", i);
                        }
                    } else if (b >= 0x80) {
                        return new ParseResult.Malformed("nonAscii", i, String.format("%02x", b));
                    } else if ((b < 0x20 && b != '\t') || b == 0x7f) {
                        return new ParseResult.Malformed("control", i, String.format("%02x", b));
                    }
                }
                if (lf < 0) {
                    return len >= MAX_HEAD
                            ? new ParseResult.Malformed("tooLong", 0, MAX_HEAD)
                            : new ParseResult.Incomplete();
                }
                boolean crlf = lf > lineStart && at(lf - 1) == '\r';
                bareLf |= !crlf;
                int lineEnd = crlf ? lf - 1 : lf;
                ParseResult done = line(lineStart, lineEnd, lf + 1);
                if (done != null) {
                    return done;
                }
                lineStart = lf + 1;
            }
        }

        /** Takes one whole line; returns a result when the head ends (or is malformed) here. */
        private ParseResult line(int start, int end, int next) {
            if (start == end) {
                if (startLine == null) {
                    return new ParseResult.Malformed("emptyStart", start);
                }
                return new ParseResult.Complete(new HttpHead(startLine, startLine.length(), headers, next, bareLf));
            }
            String text = new String(buf, off + start, end - start, StandardCharsets.ISO_8859_1);
            if (startLine == null) {
                if (!REQUEST_LINE.matcher(text).matches() && !STATUS_LINE.matcher(text).matches()) {
                    return new ParseResult.Malformed("startLine", start, shorten(text));
                }
                startLine = text;
                return null;
            }
            return header(text, start);
        }

        private ParseResult header(String text, int start) {
            if (text.charAt(0) == ' ' || text.charAt(0) == '\t') {
                return new ParseResult.Malformed("folding", start);
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                return new ParseResult.Malformed("noColon", start, shorten(text));
            }
            if (colon == 0) {
                return new ParseResult.Malformed("emptyName", start);
            }
            for (int i = 0; i < colon; i++) {
                if (!isTchar(text.charAt(i))) {
                    return new ParseResult.Malformed("nameChar", start + i, String.format("%02x", (int) text.charAt(i)));
                }
            }
            int v = colon + 1;
            while (v < text.length() && (text.charAt(v) == ' ' || text.charAt(v) == '\t')) {
                v++;
            }
            String value = text.substring(v).stripTrailing();
            headers.add(new HeaderLine(text.substring(0, colon), value, start, text.length(), start + v));
            return null;
        }

        private int at(int i) {
            return buf[off + i] & 0xff;
        }
    }

    static boolean isTchar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || TCHARS.indexOf(c) >= 0;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
