package wsinspector.capture;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells from the first bytes a client sends whether a TCP connection is a WebSocket conversation: an
 * HTTP GET whose head has {@code Upgrade: websocket} (RFC 6455 §4.1; hixie writes {@code WebSocket}).
 * Looks at most {@value #LOOKED_AT} bytes.
 */
final class UpgradeSniffer {
    static final int LOOKED_AT = 8192;

    enum Verdict { UNDECIDED, WEBSOCKET, OTHER }

    private final StringBuilder head = new StringBuilder();
    private Verdict verdict = Verdict.UNDECIDED;

    Verdict verdict() {
        return verdict;
    }

    /** Takes more of the client's bytes; returns the verdict so far. */
    Verdict add(byte[] bytes, int offset, int length) {
        if (verdict != Verdict.UNDECIDED) {
            return verdict;
        }
        int n = Math.min(length, LOOKED_AT - head.length());
        head.append(new String(bytes, offset, n, StandardCharsets.ISO_8859_1));
        String lower = head.toString().toLowerCase(Locale.ROOT);
        if (lower.length() >= 4 && !lower.startsWith("get ")) {
            verdict = Verdict.OTHER;
        } else if (lower.contains("\r\n\r\n") || head.length() >= LOOKED_AT) {
            int end = lower.indexOf("\r\n\r\n");
            String h = end < 0 ? lower : lower.substring(0, end);
            verdict = h.matches("(?s).*\r\nupgrade:[ \t]*websocket\\s*(\r\n.*)?") ? Verdict.WEBSOCKET : Verdict.OTHER;
        }
        return verdict;
    }

    /** The client's stream ended or broke off before the head was complete. */
    Verdict end() {
        if (verdict == Verdict.UNDECIDED) {
            verdict = Verdict.OTHER;
        }
        return verdict;
    }
}
