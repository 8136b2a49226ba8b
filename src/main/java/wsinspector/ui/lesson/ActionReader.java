package wsinspector.ui.lesson;

import static wsinspector.ui.lesson.LessonReader.known;
import static wsinspector.ui.lesson.LessonReader.unknownKeys;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.ui.lesson.LessonReader.Place;
import wsinspector.ui.live.HexInput;

/** Reads a step's {@code "do"} object into a {@link LessonAction}, checking every value it takes. */
final class ActionReader {
    /** Reads an action's object, whose keys are known to be the action's own. */
    @FunctionalInterface
    private interface Read {
        LessonAction read(Place at, JsonNode node) throws LessonFileException;
    }

    /** One kind of action: the keys it takes besides "action", and how they are read. */
    private record Kind(Set<String> keys, Read read) {
    }

    /** Every action a file may name ({@link LessonAction}'s kinds), once. */
    private static final Map<String, Kind> KINDS = Map.of(
            "startServer", new Kind(Set.of("subprotocols"),
                    (at, node) -> new LessonAction.StartServer(strings(at, node, "subprotocols"))),
            "connect", new Kind(Set.of("path", "key", "origin", "subprotocols", "protocol"), ActionReader::connect),
            "sendText", new Kind(Set.of("text", "fragment"), (at, node) -> new LessonAction.SendText(
                    required(at, node, "text", "sendText"), fragment(at, node))),
            "sendBinary", new Kind(Set.of("hex"), (at, node) -> new LessonAction.SendBinary(
                    hex(at, node, "hex", required(at, node, "hex", "sendBinary")))),
            "ping", new Kind(Set.of("payload"), (at, node) -> new LessonAction.ClientPing(control(at, node))),
            "serverPing", new Kind(Set.of("payload"), (at, node) -> new LessonAction.ServerPing(control(at, node))),
            "close", new Kind(Set.of("code", "reason"), ActionReader::close),
            "sendRaw", new Kind(Set.of("hex", "frame"), ActionReader::raw));

    private static final Set<String> FRAME_KEYS = Set.of("fin", "rsv1", "rsv2", "rsv3", "opcode", "mask", "text", "hex");
    private static final List<String> PROTOCOLS = List.of("rfc6455", "hixie-76");
    /** RFC 6455 §5.5: a control frame's payload. */
    private static final int CONTROL_MAX = 125;

    private ActionReader() {
    }

    static LessonAction action(Place at, JsonNode node) throws LessonFileException {
        if (node == null || !node.isObject()) {
            throw at.error("step.error.doShape");
        }
        String name = at.string(node, "action", null);
        if (name == null) {
            throw at.error("step.error.noAction", known(KINDS.keySet()));
        }
        Kind kind = KINDS.get(name);
        if (kind == null) {
            throw at.error("step.error.choice", "action", name, known(KINDS.keySet()));
        }
        Set<String> keys = union(kind.keys(), "action");
        unknownKeys(node, keys, key -> at.error("step.error.key", "do." + key, known(keys)));
        return kind.read().read(at, node);
    }

    private static LessonAction connect(Place at, JsonNode node) throws LessonFileException {
        String path = at.string(node, "path", "/chat");
        if (!path.startsWith("/") || path.chars().anyMatch(c -> c <= ' ')) {
            throw at.error("step.error.path", path);
        }
        String protocol = at.string(node, "protocol", "rfc6455");
        if (!PROTOCOLS.contains(protocol)) {
            throw at.error("step.error.choice", "protocol", protocol, known(PROTOCOLS));
        }
        return new LessonAction.Connect(path, at.string(node, "key", null), at.string(node, "origin", null),
                strings(at, node, "subprotocols"), protocol.equals("hixie-76"));
    }

    private static LessonAction close(Place at, JsonNode node) throws LessonFileException {
        int code = integer(at, node, "code", 1000);
        if (code < 1000 || code > 4999) {
            throw at.error("step.error.closeCode", String.valueOf(code));
        }
        String reason = at.string(node, "reason", "");
        int bytes = reason.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > CONTROL_MAX - 2) {
            throw at.error("step.error.tooLong", "reason", bytes, CONTROL_MAX - 2);
        }
        return new LessonAction.Close(code, reason);
    }

    /** Either "hex" (the bytes exactly) or "frame" (a frame described field by field, as in the frame builder). */
    private static LessonAction raw(Place at, JsonNode node) throws LessonFileException {
        boolean hex = node.has("hex");
        if (hex == node.has("frame")) {
            throw at.error("step.error.rawOneOf");
        }
        if (hex) {
            return new LessonAction.SendRaw(hex(at, node, "hex", at.string(node, "hex", "")));
        }
        JsonNode f = node.get("frame");
        if (!f.isObject()) {
            throw at.error("step.error.frameShape");
        }
        unknownKeys(f, FRAME_KEYS, key -> at.error("step.error.key", "frame." + key, known(FRAME_KEYS)));
        int opcode = integer(at, f, "opcode", 1);
        if (opcode < 0 || opcode > 15) {
            throw at.error("step.error.opcode", opcode);
        }
        if (f.has("text") && f.has("hex")) {
            throw at.error("step.error.payloadOneOf");
        }
        byte[] payload = f.has("hex") ? hex(at, f, "hex", at.string(f, "hex", ""))
                : at.string(f, "text", "").getBytes(StandardCharsets.UTF_8);
        byte[] mask = null;
        if (f.has("mask")) {
            String typed = at.string(f, "mask", "");
            mask = HexInput.maskingKey(typed).orElseThrow(() -> at.error("step.error.mask", typed));
        }
        FrameSpec spec = new FrameSpec(bool(at, f, "fin", true), bool(at, f, "rsv1", false), bool(at, f, "rsv2", false),
                bool(at, f, "rsv3", false), opcode, mask, payload, FrameSpec.LengthEncoding.MINIMAL);
        return new LessonAction.SendRaw(FrameEncoder.encode(spec));
    }

    private static byte[] control(Place at, JsonNode node) throws LessonFileException {
        byte[] payload = at.string(node, "payload", "").getBytes(StandardCharsets.UTF_8);
        if (payload.length > CONTROL_MAX) {
            throw at.error("step.error.tooLong", "payload", payload.length, CONTROL_MAX);
        }
        return payload;
    }

    private static int fragment(Place at, JsonNode node) throws LessonFileException {
        int n = integer(at, node, "fragment", 0);
        if (n < 0) {
            throw at.error("step.error.number", "fragment", n);
        }
        return n;
    }

    private static String required(Place at, JsonNode node, String key, String action) throws LessonFileException {
        String v = at.string(node, key, null);
        if (v == null) {
            throw at.error("step.error.missing", key, action);
        }
        return v;
    }

    private static byte[] hex(Place at, JsonNode node, String key, String typed) throws LessonFileException {
        Optional<byte[]> bytes = HexInput.parse(typed);
        if (bytes.isEmpty()) {
            throw at.error("step.error.hex", key, typed);
        }
        return bytes.get();
    }

    private static int integer(Place at, JsonNode node, String key, int fallback) throws LessonFileException {
        JsonNode v = node.get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.isInt()) {
            throw at.error("step.error.integer", key);
        }
        return v.asInt();
    }

    private static boolean bool(Place at, JsonNode node, String key, boolean fallback) throws LessonFileException {
        JsonNode v = node.get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw at.error("step.error.boolean", key);
        }
        return v.asBoolean();
    }

    private static List<String> strings(Place at, JsonNode node, String key) throws LessonFileException {
        JsonNode v = node.get(key);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw at.error("step.error.strings", key);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : v) {
            if (!s.isTextual() || s.asText().isBlank()) {
                throw at.error("step.error.strings", key);
            }
            out.add(s.asText());
        }
        return out;
    }

    private static Set<String> union(Set<String> keys, String more) {
        Set<String> all = new java.util.TreeSet<>(keys);
        all.add(more);
        return all;
    }
}
