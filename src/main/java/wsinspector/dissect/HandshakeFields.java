package wsinspector.dissect;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import wsinspector.legacy.Challenge;
import wsinspector.legacy.Hixie76Handshake;
import wsinspector.legacy.KeyNumber;
import wsinspector.protocol.AcceptComputation;
import wsinspector.protocol.HeaderLine;
import wsinspector.protocol.HttpHead;
import wsinspector.protocol.Problem;
import wsinspector.protocol.SecWebSocketAccept;

/**
 * The field tree of an opening handshake: the start line split into its parts, every header with
 * its explanation key, the accept-key computation of RFC 6455 §4.2.2 step by step, and for hixie-76
 * the Key1/Key2/key3 → MD5 computation.
 */
final class HandshakeFields {
    /** Headers that have their own explanation; any other is {@code header.other}. */
    private static final Map<String, String> KNOWN = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (String name : List.of("Host", "Origin", "Connection", "Upgrade", "Sec-WebSocket-Key",
                "Sec-WebSocket-Version", "Sec-WebSocket-Accept", "Sec-WebSocket-Protocol",
                "Sec-WebSocket-Extensions", "Sec-WebSocket-Key1", "Sec-WebSocket-Key2",
                "Sec-WebSocket-Origin", "Sec-WebSocket-Location", "WebSocket-Origin", "WebSocket-Location",
                "WebSocket-Protocol", "User-Agent", "Cookie", "Pragma", "Cache-Control",
                "Accept-Encoding", "Accept-Language", "Content-Length", "Content-Type", "Date", "Server")) {
            KNOWN.put(name, name);
        }
    }

    private HandshakeFields() {
    }

    static String headerKey(String name) {
        String canonical = KNOWN.get(name);
        return canonical == null ? "header.other" : "header." + canonical;
    }

    static Field request(HttpHead head, long at, byte[] wire, Challenge challenge,
                         List<Problem> problems) {
        FieldBuilder root = new FieldBuilder("handshake.request", at, wire.length).value(head.startLine());
        startLine(root, head, at, true);
        for (HeaderLine line : head.headers()) {
            FieldBuilder header = header(root, line, at);
            if (line.name().equalsIgnoreCase("Sec-WebSocket-Key")) {
                keyDecoded(header, line.value(), at + line.valueOffset());
            } else if (challenge != null && line.name().equalsIgnoreCase("Sec-WebSocket-Key1")) {
                keyNumber(header, challenge.key1(), at + line.valueOffset());
            } else if (challenge != null && line.name().equalsIgnoreCase("Sec-WebSocket-Key2")) {
                keyNumber(header, challenge.key2(), at + line.valueOffset());
            }
        }
        end(root, head, at);
        int bodyLength = wire.length - head.length();
        if (bodyLength > 0) {
            FieldBuilder key3 = root.child(challenge != null ? "hixie.key3" : "http.body", at + head.length(), bodyLength)
                    .value(Hex.preview(wire, head.length(), bodyLength));
            if (challenge != null) {
                key3.child("hixie.md5Input", at + head.length(), 0).value(Hex.of(challenge.md5Input()));
                key3.child("hixie.expectedResponse", at + head.length(), 0).value(Hex.of(challenge.response()));
            }
        }
        return root.attach(problems).build();
    }

    static Field response(HttpHead head, long at, byte[] wire, AcceptComputation accept,
                          Challenge challenge, List<Problem> problems) {
        FieldBuilder root = new FieldBuilder("handshake.response", at, wire.length).value(head.startLine());
        startLine(root, head, at, false);
        for (HeaderLine line : head.headers()) {
            FieldBuilder header = header(root, line, at);
            if (line.name().equalsIgnoreCase("Sec-WebSocket-Accept")) {
                acceptSteps(header, accept, line.value(), at + line.valueOffset());
            }
        }
        end(root, head, at);
        int bodyLength = wire.length - head.length();
        if (bodyLength > 0) {
            FieldBuilder body = root.child(challenge != null || looksHixie76(head) ? "hixie.response" : "http.body",
                    at + head.length(), bodyLength).value(Hex.preview(wire, head.length(), bodyLength));
            if (challenge != null) {
                body.child("hixie.expectedResponse", at + head.length(), 0).value(Hex.of(challenge.response()));
                boolean equal = java.util.Arrays.equals(challenge.response(),
                        java.util.Arrays.copyOfRange(wire, head.length(), wire.length));
                body.child("hixie.match", at + head.length(), 0).value(equal ? "=" : "≠")
                        .meaning(equal ? "compare.equal" : "compare.notEqual");
            }
        }
        return root.attach(problems).build();
    }

    private static boolean looksHixie76(HttpHead head) {
        return head.first("Sec-WebSocket-Origin").isPresent();
    }

    private static void startLine(FieldBuilder root, HttpHead head, long at, boolean request) {
        FieldBuilder line = root.child(request ? "http.requestLine" : "http.statusLine", at, head.startLineLength())
                .value(head.startLine());
        String[] keys = request
                ? new String[] {"http.method", "http.target", "http.version"}
                : new String[] {"http.version", "http.status", "http.reason"};
        String text = head.startLine();
        int pos = 0;
        for (int part = 0; part < 3 && pos < text.length(); part++) {
            int end = part == 2 ? text.length() : text.indexOf(' ', pos);
            if (end < 0) {
                end = text.length();
            }
            line.child(keys[part], at + pos, end - pos).value(text.substring(pos, end));
            pos = end + 1;
        }
    }

    private static FieldBuilder header(FieldBuilder root, HeaderLine line, long at) {
        return root.child(headerKey(line.name()), at + line.offset(), line.length())
                .name(line.name()).value(line.value());
    }

    private static void end(FieldBuilder root, HttpHead head, long at) {
        int size = head.bareLf() ? 1 : 2;
        root.child("http.end", at + head.length() - size, size).value(head.bareLf() ? "LF" : "CR LF");
    }

    private static void keyDecoded(FieldBuilder header, String key, long at) {
        try {
            byte[] raw = Base64.getDecoder().decode(key.trim());
            header.child("key.decoded", at, 0).value(Hex.of(raw)).meaning(raw.length == 16 ? "key.length16" : "key.lengthOther");
        } catch (IllegalArgumentException notBase64) {
            header.child("key.decoded", at, 0).value("—").meaning("key.notBase64");
        }
    }

    /** RFC 6455 §4.2.2 step 5.4 (server) / §4.1 (client check), one child per step. */
    private static void acceptSteps(FieldBuilder header, AcceptComputation accept, String received, long at) {
        if (accept == null) {
            header.child("accept.unknownKey", at, 0).value("—");
            return;
        }
        header.child("accept.key", at, 0).value(accept.key());
        header.child("accept.guid", at, 0).value(SecWebSocketAccept.GUID);
        header.child("accept.concatenated", at, 0).value(accept.concatenated());
        header.child("accept.sha1", at, 0).value(Hex.of(accept.sha1()));
        header.child("accept.base64", at, 0).value(accept.accept());
        boolean equal = accept.accept().equals(received.trim());
        header.child("accept.match", at, 0).value(equal ? "=" : "≠")
                .meaning(equal ? "compare.equal" : "compare.notEqual");
    }

    /** draft-hixie-76 §5.2: digits, spaces, quotient, 4 big-endian bytes. */
    private static void keyNumber(FieldBuilder header, KeyNumber k, long at) {
        header.child("hixie.digits", at, 0).value(k.digits());
        header.child("hixie.spaces", at, 0).value(Integer.toString(k.spaces()));
        header.child("hixie.quotient", at, 0).value(k.number() + " / " + k.spaces() + " = " + k.quotient());
        header.child("hixie.bytes", at, 0).value(k.bigEndian4() == null ? "—" : Hex.of(k.bigEndian4()));
    }
}
