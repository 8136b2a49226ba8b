package wsinspector.protocol;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The server's checks of an opening handshake request (RFC 6455 §4.2.1, §4.1, §11.3). */
final class RequestValidator {
    private final HeadChecks c;
    private final HttpHead head;

    RequestValidator(HttpHead head, long headOffset) {
        this.head = head;
        this.c = new HeadChecks(head, headOffset);
    }

    HeadChecks run() {
        if (!head.isRequest()) {
            c.add(HandshakeRule.REQUEST_METHOD_NOT_GET, 0, "http.statusLine", Phrase.of("detail.head.statusNotRequest", head.startLine()));
            return c;
        }
        requestLine();
        c.required("Host", HandshakeRule.REQUEST_HOST_MISSING);
        c.token("Upgrade", "websocket", HandshakeRule.REQUEST_UPGRADE_MISSING);
        c.token("Connection", "Upgrade", HandshakeRule.REQUEST_CONNECTION_MISSING_UPGRADE);
        key();
        version();
        subprotocols();
        if (head.lines("Origin").isEmpty()) {
            c.add(HandshakeRule.ORIGIN_MISSING, head.endOffset(), null, Phrase.of("detail.header.absent", "Origin"));
        }
        c.lineEnds();
        return c;
    }

    private void requestLine() {
        if (!head.method().equals("GET")) {
            c.add(HandshakeRule.REQUEST_METHOD_NOT_GET, 0, "http.method", head.method());
        }
        String version = head.httpVersion();
        // The parser guarantees HTTP/d.d, so the digits are at fixed places.
        if (version.length() == 8 && (version.charAt(5) - '0') * 10 + (version.charAt(7) - '0') < 11) {
            c.add(HandshakeRule.REQUEST_HTTP_VERSION, head.httpVersionOffset(), "http.version", version);
        }
        String target = head.target();
        String lower = target.toLowerCase(Locale.ROOT);
        boolean form = target.startsWith("/") || lower.startsWith("http://") || lower.startsWith("https://");
        if (!form || target.indexOf('#') >= 0) {
            c.add(HandshakeRule.REQUEST_TARGET_INVALID, head.targetOffset(), "http.target", target);
        }
    }

    private void key() {
        HeaderLine key = c.required("Sec-WebSocket-Key", HandshakeRule.REQUEST_KEY_MISSING);
        c.once("Sec-WebSocket-Key", HandshakeRule.REQUEST_HEADER_REPEATED);
        if (key != null && !SecWebSocketAccept.isValidKey(key.value())) {
            c.add(HandshakeRule.REQUEST_KEY_INVALID, key.valueOffset(), HeadChecks.headerField("Sec-WebSocket-Key"), key.value());
        }
    }

    private void version() {
        HeaderLine version = c.required("Sec-WebSocket-Version", HandshakeRule.REQUEST_VERSION_MISSING);
        c.once("Sec-WebSocket-Version", HandshakeRule.REQUEST_HEADER_REPEATED);
        if (version != null && !version.value().equals("13")) {
            c.add(HandshakeRule.REQUEST_VERSION_UNSUPPORTED, version.valueOffset(),
                    HeadChecks.headerField("Sec-WebSocket-Version"), version.value());
        }
    }

    /** §4.1 item 10: each element a token (U+0021–U+007E minus separators), all unique. */
    private void subprotocols() {
        Set<String> seen = new HashSet<>();
        for (HeaderLine line : head.lines("Sec-WebSocket-Protocol")) {
            int at = 0;
            for (String part : line.value().split(",", -1)) {
                String name = part.strip();
                int offset = line.valueOffset() + at + part.indexOf(name.isEmpty() ? part : name);
                at += part.length() + 1;
                if (name.isEmpty() || !name.chars().allMatch(ch -> HttpHeadParser.isTchar((char) ch))) {
                    c.add(HandshakeRule.REQUEST_SUBPROTOCOL_INVALID, offset, HeadChecks.headerField("Sec-WebSocket-Protocol"), name);
                } else if (!seen.add(name)) {
                    c.add(HandshakeRule.REQUEST_SUBPROTOCOL_REPEATED, offset, HeadChecks.headerField("Sec-WebSocket-Protocol"), name);
                }
            }
        }
    }
}
