package wsinspector.capture;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells from the first bytes a client sends whether a TCP connection is a WebSocket conversation: an
 * HTTP GET whose head has {@code Upgrade: websocket} (RFC 6455 §4.1; hixie writes {@code WebSocket}); or else
 * ordinary HTTP (a request line {@code METHOD target HTTP/1.x} without that upgrade: a page fetched), or something
 * else. Looks at most {@value #LOOKED_AT} bytes.
 */
final class UpgradeSniffer {
    static final int LOOKED_AT = 8192;
    /** The longest method a request line is taken to start with ({@code OPTIONS}, {@code CONNECT}, WebDAV's…). */
    private static final int LONGEST_METHOD = 12;
    /** RFC 9112 §3: method SP request-target SP HTTP-version. */
    private static final java.util.regex.Pattern REQUEST_LINE =
            java.util.regex.Pattern.compile("[A-Z][A-Z-]* [^ \r\n]+ HTTP/1\\.[0-9]");

    enum Verdict { UNDECIDED, WEBSOCKET, HTTP, OTHER }

    private final StringBuilder head = new StringBuilder();
    private Verdict verdict = Verdict.UNDECIDED;

    Verdict verdict() {
        return verdict;
    }

    /** The verdict on a connection read whole: its client's bytes sniffed, to their end. */
    static Verdict of(java.util.List<StreamPiece> pieces) {
        UpgradeSniffer sniffer = new UpgradeSniffer();
        for (StreamPiece p : pieces) {
            if (p instanceof StreamPiece.Data d && d.chunk().direction() == wsinspector.dissect.Direction.CLIENT_TO_SERVER
                    && sniffer.add(d.chunk().bytes(), 0, d.chunk().bytes().length) != Verdict.UNDECIDED) {
                break;
            }
        }
        return sniffer.end();
    }

    /** Takes more of the client's bytes; returns the verdict so far. */
    Verdict add(byte[] bytes, int offset, int length) {
        if (verdict != Verdict.UNDECIDED) {
            return verdict;
        }
        int n = Math.min(length, LOOKED_AT - head.length());
        head.append(new String(bytes, offset, n, StandardCharsets.ISO_8859_1));
        if (!mayBeRequest()) {
            verdict = Verdict.OTHER;
            return verdict;
        }
        String lower = head.toString().toLowerCase(Locale.ROOT);
        if (lower.contains("\r\n\r\n") || head.length() >= LOOKED_AT) {
            int end = lower.indexOf("\r\n\r\n");
            String h = end < 0 ? lower : lower.substring(0, end);
            verdict = lower.startsWith("get ") && h.matches("(?s).*\r\nupgrade:[ \t]*websocket\\s*(\r\n.*)?")
                    ? Verdict.WEBSOCKET : httpOrOther();
        }
        return verdict;
    }

    /** The client's stream ended or broke off before the head was complete: HTTP when its request line is whole. */
    Verdict end() {
        if (verdict == Verdict.UNDECIDED) {
            verdict = httpOrOther();
        }
        return verdict;
    }

    /** Whether the bytes so far can begin a request line: a method in capitals, then a space. */
    private boolean mayBeRequest() {
        int space = head.indexOf(" ");
        int method = space < 0 ? head.length() : space;
        if (method > LONGEST_METHOD || space == 0) {
            return false;
        }
        for (int i = 0; i < method; i++) {
            char c = head.charAt(i);
            if ((c < 'A' || c > 'Z') && c != '-') {
                return false;
            }
        }
        int line = head.indexOf("\r\n");
        return line < 0 || REQUEST_LINE.matcher(head.substring(0, line)).matches();
    }

    private Verdict httpOrOther() {
        int line = head.indexOf("\r\n");
        return line > 0 && REQUEST_LINE.matcher(head.substring(0, line)).matches() ? Verdict.HTTP : Verdict.OTHER;
    }
}
