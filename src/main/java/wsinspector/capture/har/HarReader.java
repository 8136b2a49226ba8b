package wsinspector.capture.har;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import wsinspector.capture.DumpException;
import wsinspector.dissect.Direction;

/**
 * Reads the WebSocket conversations of a HAR file (HTTP Archive 1.2, as Chromium's developer tools
 * and Playwright's {@code recordHar} write it): every entry with {@code _webSocketMessages}, with
 * the headers of its upgrade. Entries that are not WebSockets are skipped. Anything that is not a
 * HAR, or a WebSocket message missing what it needs, is a {@link DumpException} naming the entry
 * and the message.
 */
public final class HarReader {
    /* A {@code time} above 10^11 is milliseconds (Playwright), below it seconds (Chromium's DevTools). */
    /** Decimals as written, so a time in milliseconds keeps its microseconds. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final java.math.BigDecimal MILLISECONDS_ABOVE = java.math.BigDecimal.valueOf(100_000_000_000L);

    private HarReader() {
    }

    /** Whether the start of a file looks like a HAR: a JSON object whose first key is (or soon is) {@code "log"}. */
    public static boolean looksLikeHar(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            i = 3;   // a UTF-8 byte order mark
        }
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        if (i >= content.length || content[i] != '{') {
            return false;
        }
        String head = new String(content, i, Math.min(content.length - i, 256), StandardCharsets.UTF_8);
        return head.matches("(?s)\\{\\s*\"log\"\\s*:.*");
    }

    /** The WebSocket conversations of a HAR, in the order of its entries. */
    public static List<HarConversation> read(byte[] content, String name) throws DumpException {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException bad) {
            JsonLocation at = bad.getLocation();
            throw new DumpException("cannot read " + name + ": it is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + ": " + bad.getOriginalMessage() + ". Export the HAR again.", bad);
        } catch (IOException e) {
            throw new DumpException("cannot read " + name + ": " + e.getMessage() + ".", e);
        }
        JsonNode entries = root == null ? null : root.path("log").get("entries");
        if (entries == null || !entries.isArray()) {
            throw new DumpException("cannot read " + name + ": a HAR file holds an object \"log\" with an array"
                    + " \"entries\", and this one has none. Export the HAR again from the browser's developer tools.");
        }
        List<HarConversation> conversations = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            if (entry.has("_webSocketMessages")) {
                conversations.add(conversation(entry, i, name));
            }
        }
        if (conversations.isEmpty()) {
            throw new DumpException("cannot read " + name + ": none of its " + entries.size() + " entries is a"
                    + " WebSocket (none has \"_webSocketMessages\"). Record the HAR while the page's WebSocket is open"
                    + " (Chromium's developer tools or Playwright's recordHar).");
        }
        return conversations;
    }

    private static HarConversation conversation(JsonNode entry, int index, String name) throws DumpException {
        String where = name + ", entry " + index;
        JsonNode request = entry.path("request");
        JsonNode response = entry.path("response");
        String url = request.path("url").asText("");
        JsonNode messages = entry.get("_webSocketMessages");
        if (!messages.isArray()) {
            throw new DumpException("cannot read " + where + " (" + url + "): \"_webSocketMessages\" is not an array."
                    + " Export the HAR again.");
        }
        List<HarMessage> read = new ArrayList<>();
        for (int k = 0; k < messages.size(); k++) {
            read.add(message(messages.get(k), where + " (" + url + "), WebSocket message " + k));
        }
        return new HarConversation(index, url, startNanos(entry.path("startedDateTime").asText("")),
                request.path("httpVersion").asText("HTTP/1.1"), headers(request), response.path("status").asInt(0),
                response.path("statusText").asText(""), headers(response), read);
    }

    private static HarMessage message(JsonNode m, String where) throws DumpException {
        String type = m.path("type").asText("");
        Direction direction = switch (type) {
            case "send" -> Direction.CLIENT_TO_SERVER;
            case "receive" -> Direction.SERVER_TO_CLIENT;
            default -> throw new DumpException("cannot read " + where + ": its \"type\" is "
                    + (type.isEmpty() ? "missing" : "\"" + type + "\"") + "; it must be \"send\" or \"receive\".");
        };
        JsonNode opcode = m.get("opcode");
        if (opcode == null || !opcode.canConvertToInt() || opcode.asInt() < 0 || opcode.asInt() > 15) {
            throw new DumpException("cannot read " + where + ": its \"opcode\" is " + (opcode == null ? "missing" : opcode)
                    + "; it must be a number from 0 to 15 (1 text, 2 binary).");
        }
        JsonNode data = m.get("data");
        if (data == null || !data.isTextual()) {
            throw new DumpException("cannot read " + where + ": it has no \"data\" string.");
        }
        return new HarMessage(direction, timeNanos(m.path("time")), opcode.asInt(), payload(opcode.asInt(), data.asText(), where));
    }

    /** Text as it is (UTF-8 on the wire); a binary message is base64. */
    private static byte[] payload(int opcode, String data, String where) throws DumpException {
        if (opcode != 2) {
            return data.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getDecoder().decode(data.strip());
        } catch (IllegalArgumentException bad) {
            throw new DumpException("cannot read " + where + ": a binary message's \"data\" must be base64, and this"
                    + " is not (" + bad.getMessage() + ").", bad);
        }
    }

    private static long timeNanos(JsonNode time) {
        if (!time.isNumber()) {
            return 0L;
        }
        java.math.BigDecimal t = time.decimalValue();
        java.math.BigDecimal nanos = t.movePointRight(t.compareTo(MILLISECONDS_ABOVE) > 0 ? 6 : 9);
        return nanos.signum() > 0 ? nanos.setScale(0, java.math.RoundingMode.HALF_UP).longValue() : 0L;
    }

    private static long startNanos(String iso) {
        if (iso.isEmpty()) {
            return 0L;
        }
        try {
            Instant at = java.time.OffsetDateTime.parse(iso).toInstant();
            return at.getEpochSecond() * 1_000_000_000L + at.getNano();
        } catch (DateTimeParseException notIso) {
            return 0L;   // an unreadable start time costs only the handshake's timestamp
        }
    }

    private static List<HarConversation.Header> headers(JsonNode requestOrResponse) {
        List<HarConversation.Header> headers = new ArrayList<>();
        for (JsonNode h : requestOrResponse.path("headers")) {
            headers.add(new HarConversation.Header(h.path("name").asText(""), h.path("value").asText("")));
        }
        return headers;
    }
}
