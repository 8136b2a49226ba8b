package wsinspector.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The head of an HTTP/1.x message (start line and header lines, up to and including the blank
 * line), as parsed by {@link HttpHeadParser}. Offsets are counted from the first byte of the head.
 *
 * @param startLine       the request line or status line, without its line end
 * @param startLineLength its length in bytes, without its line end
 * @param headers         the header lines, in wire order
 * @param length          the length of the whole head in bytes, including the final blank line
 * @param bareLf          true if at least one line ended with LF alone instead of CRLF (RFC 7230 §3.5)
 */
public record HttpHead(String startLine, int startLineLength, List<HeaderLine> headers, int length, boolean bareLf) {

    public HttpHead {
        headers = List.copyOf(headers);
    }

    /** The value of the first line of the field {@code name} (case-insensitive). */
    public Optional<String> first(String name) {
        return firstLine(name).map(HeaderLine::value);
    }

    /** The first line of the field {@code name} (case-insensitive). */
    public Optional<HeaderLine> firstLine(String name) {
        return headers.stream().filter(h -> h.is(name)).findFirst();
    }

    /** All lines of the field {@code name} (case-insensitive), in wire order. */
    public List<HeaderLine> lines(String name) {
        return headers.stream().filter(h -> h.is(name)).toList();
    }

    /** The values of all lines of the field {@code name} (case-insensitive), in wire order. */
    public List<String> all(String name) {
        return lines(name).stream().map(HeaderLine::value).toList();
    }

    /**
     * The comma-separated elements of all lines of the field {@code name}, trimmed, empty elements
     * dropped: the #rule of RFC 7230 §7 (so {@code Connection: keep-alive, Upgrade} gives two tokens).
     */
    public List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String value : all(name)) {
            for (String part : value.split(",", -1)) {
                String t = part.strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Whether the comma-separated list of field {@code name} holds {@code token}, ignoring case. */
    public boolean hasToken(String name, String token) {
        return tokens(name).stream().anyMatch(token::equalsIgnoreCase);
    }

    /** True for a request line, false for a status line (which starts with {@code HTTP/}). */
    public boolean isRequest() {
        return !startLine.startsWith("HTTP/");
    }

    /** The request method ({@code GET}), or "" for a response. */
    public String method() {
        return isRequest() ? part(0) : "";
    }

    /** The request target ({@code /chat}), or "" for a response. */
    public String target() {
        return isRequest() ? part(1) : "";
    }

    /** Offset of the request target within the head (the start line starts at 0). */
    public int targetOffset() {
        return startLine.indexOf(' ') + 1;
    }

    /** The protocol version ({@code HTTP/1.1}) of a request or a response. */
    public String httpVersion() {
        return isRequest() ? part(2) : part(0);
    }

    /** Offset of the protocol version within the head. */
    public int httpVersionOffset() {
        return isRequest() ? startLine.lastIndexOf(' ') + 1 : 0;
    }

    /** The status code of a response, or -1 for a request or an unreadable code. */
    public int statusCode() {
        if (isRequest()) {
            return -1;
        }
        String code = part(1);
        if (code.length() != 3 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(code);
    }

    /** The reason phrase of a response ({@code Switching Protocols}), or "". */
    public String reason() {
        if (isRequest()) {
            return "";
        }
        int first = startLine.indexOf(' ');
        int second = first < 0 ? -1 : startLine.indexOf(' ', first + 1);
        return second < 0 ? "" : startLine.substring(second + 1);
    }

    /**
     * Offset of the first line end that is a bare LF (RFC 7230 §3.5), or -1. Lines are contiguous,
     * so a line followed by its successor after one byte ended with LF alone. Only when the last
     * header line and the blank line mix the two (3 bytes between them) is it unclear which one was
     * bare; then the end of the last header line is given.
     */
    public int firstBareLfOffset() {
        if (!bareLf) {
            return -1;
        }
        int end = startLineLength;
        for (HeaderLine h : headers) {
            if (h.offset() - end == 1) {
                return end;
            }
            end = h.offset() + h.length();
        }
        return length - end == 4 ? length - 1 : end;
    }

    /**
     * Offset of the last byte of the head (the LF of the blank line): where a missing header field
     * is reported, since the head ended there without it.
     */
    public int endOffset() {
        return length - 1;
    }

    private String part(int index) {
        String[] parts = startLine.split(" ", 3);
        return index < parts.length ? parts[index] : "";
    }
}
