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
import wsinspector.protocol.Phrase;
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
            // The parser's own words stay in the English sentence only; line and column say where in any language.
            throw new DumpException(at == null ? Phrase.of("unreadable.har-json", name, bad.getOriginalMessage())
                    : Phrase.of("unreadable.har-json-at", name, bad.getOriginalMessage(), at.getLineNr(), at.getColumnNr()),
                    bad);
        } catch (IOException e) {
            throw DumpException.unreadable(name, e);
        }
        JsonNode entries = root == null ? null : root.path("log").get("entries");
        if (entries == null || !entries.isArray()) {
            throw new DumpException(Phrase.of("unreadable.har-no-entries", name));
        }
        List<HarConversation> conversations = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            if (entry.has("_webSocketMessages")) {
                conversations.add(conversation(entry, i, name));
            }
        }
        if (conversations.isEmpty()) {
            throw new DumpException(Phrase.of("unreadable.har-no-websocket", name, entries.size()));
        }
        return conversations;
    }

    private static HarConversation conversation(JsonNode entry, int index, String name) throws DumpException {
        JsonNode request = entry.path("request");
        JsonNode response = entry.path("response");
        String url = request.path("url").asText("");
        JsonNode messages = entry.get("_webSocketMessages");
        if (!messages.isArray()) {
            throw new DumpException(Phrase.of("unreadable.har-not-array", Phrase.of("unreadable.har-entry", name, index, url)));
        }
        List<HarMessage> read = new ArrayList<>();
        for (int k = 0; k < messages.size(); k++) {
            read.add(message(messages.get(k), Phrase.of("unreadable.har-message", name, index, url, k)));
        }
        return new HarConversation(index, url, startNanos(entry.path("startedDateTime").asText("")),
                request.path("httpVersion").asText("HTTP/1.1"), headers(request), response.path("status").asInt(0),
                response.path("statusText").asText(""), headers(response), read);
    }

    private static HarMessage message(JsonNode m, Phrase where) throws DumpException {
        String type = m.path("type").asText("");
        Direction direction = switch (type) {
            case "send" -> Direction.CLIENT_TO_SERVER;
            case "receive" -> Direction.SERVER_TO_CLIENT;
            default -> throw new DumpException(type.isEmpty() ? Phrase.of("unreadable.har-no-type", where)
                    : Phrase.of("unreadable.har-type", where, type));
        };
        JsonNode opcode = m.get("opcode");
        if (opcode == null || !opcode.canConvertToInt() || opcode.asInt() < 0 || opcode.asInt() > 15) {
            throw new DumpException(opcode == null ? Phrase.of("unreadable.har-no-opcode", where)
                    : Phrase.of("unreadable.har-opcode", where, opcode.toString()));
        }
        JsonNode data = m.get("data");
        if (data == null || !data.isTextual()) {
            throw new DumpException(Phrase.of("unreadable.har-no-data", where));
        }
        return new HarMessage(direction, timeNanos(m.path("time")), opcode.asInt(), payload(opcode.asInt(), data.asText(), where));
    }

    /** Text as it is (UTF-8 on the wire); a binary message is base64. */
    private static byte[] payload(int opcode, String data, Phrase where) throws DumpException {
        if (opcode != 2) {
            return data.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getDecoder().decode(data.strip());
        } catch (IllegalArgumentException bad) {
            throw new DumpException(Phrase.of("unreadable.har-base64", where, String.valueOf(bad.getMessage())), bad);
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
