package wsinspector.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import wsinspector.dissect.Direction;
import wsinspector.dissect.Message;

/**
 * Reads and writes exercise sets as JSON (the format is described in README, "Exercises"). A file keeps
 * bytes and the fields to ask for, not the answers: they are worked out again when the file is opened,
 * so every exercise in a file that opens can be answered.
 */
public final class ExerciseFile {
    public static final String FORMAT = "websocket-inspector/exercises";
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExerciseFile() {
    }

    public static void write(ExerciseSet set, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("title", set.title());
        set.seed().ifPresent(s -> root.put("seed", s));
        ArrayNode list = root.putArray("exercises");
        for (ExerciseSpec spec : set.exercises()) {
            ObjectNode e = list.addObject();
            e.put("message", spec.kind().code());
            e.put("direction", spec.direction().code());
            e.put("bytes", HexFormat.ofDelimiter(" ").formatHex(spec.bytes()));
            if (spec.key() != null) {
                e.put("key", spec.key());
            }
            ArrayNode ask = e.putArray("ask");
            spec.blanks().forEach(b -> ask.add(b.code()));
            if (spec.blanks().contains(Blank.PAYLOAD_BYTE)) {
                e.put("payloadByte", spec.payloadIndex());
            }
        }
        JSON.writeValue(out, root);
    }

    /** The set a file holds; every exercise in it is checked to be one that can be made. */
    public static ExerciseSet read(InputStream in) throws ExerciseException, IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException notJson) {
            throw new ExerciseException("error.file.notJson",
                    notJson.getLocation() == null ? 0 : notJson.getLocation().getLineNr());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new ExerciseException("error.file.format", FORMAT);
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new ExerciseException("error.file.version", root.path("version").asText(), VERSION);
        }
        JsonNode list = root.path("exercises");
        if (!list.isArray() || list.isEmpty()) {
            throw new ExerciseException("error.file.empty");
        }
        List<ExerciseSpec> specs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            specs.add(spec(list.get(i), i + 1));
        }
        JsonNode seed = root.path("seed");
        return new ExerciseSet(root.path("title").asText(""),
                seed.canConvertToLong() ? OptionalLong.of(seed.asLong()) : OptionalLong.empty(), specs);
    }

    private static ExerciseSpec spec(JsonNode e, int number) throws ExerciseException {
        Message.Kind kind = kind(e.path("message").asText());
        if (kind == null) {
            throw new ExerciseException("error.file.field", number, "message");
        }
        Direction direction;
        byte[] bytes;
        try {
            direction = Direction.fromCode(e.path("direction").asText());
        } catch (IllegalArgumentException bad) {
            throw new ExerciseException("error.file.field", number, "direction");
        }
        try {
            bytes = HexFormat.of().parseHex(e.path("bytes").asText().replaceAll("\\s", ""));
        } catch (IllegalArgumentException bad) {
            throw new ExerciseException("error.file.field", number, "bytes");
        }
        List<Blank> blanks = new ArrayList<>();
        for (JsonNode b : e.path("ask")) {
            Blank blank = Blank.fromCode(b.asText());
            if (blank == null) {
                throw new ExerciseException("error.file.blank", number, b.asText());
            }
            blanks.add(blank);
        }
        String key = e.hasNonNull("key") ? e.get("key").asText() : null;
        ExerciseSpec spec = new ExerciseSpec(kind, direction, bytes, key, blanks, e.path("payloadByte").asInt(0));
        try {
            ExerciseMaker.make(spec);
        } catch (ExerciseException cannot) {
            throw new ExerciseException("error.file.exercise", number, cannot.reason().args().isEmpty()
                    ? "" : cannot.reason().args().get(0));
        }
        return spec;
    }

    private static Message.Kind kind(String code) {
        for (Message.Kind k : List.of(Message.Kind.FRAME, Message.Kind.HANDSHAKE_RESPONSE, Message.Kind.LEGACY_FRAME)) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        return null;
    }
}
