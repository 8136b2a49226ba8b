package wsinspector.net;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small HTTP/1.1 responses of the echo server's plain HTTP side: always with a length, always closing. */
final class HttpResponses {
    private HttpResponses() {
    }

    static byte[] of(int status, String reasonPhrase, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reasonPhrase).append("\r\n");
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Length", Integer.toString(body.length));
        all.put("Cache-Control", "no-store");
        all.put("Connection", "close");
        all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[h.length + body.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(body, 0, out, h.length, body.length);
        return out;
    }

    /** A short plain-text answer, e.g. 404 with what was asked for. */
    static byte[] text(int status, String reasonPhrase, String text, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "text/plain; charset=utf-8");
        return of(status, reasonPhrase, all, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static byte[] noContent() {
        return of(204, "No Content", Map.of(), new byte[0]);
    }
}
