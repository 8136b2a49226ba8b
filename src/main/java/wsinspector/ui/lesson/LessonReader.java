package wsinspector.ui.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads a lesson file (JSON, described in docs/lessons.md) and checks all of it before a lesson starts: a
 * mistake is one sentence naming the file, the step and the key ({@link LessonFileException}), never half a
 * lesson or a stack trace. Unknown keys are mistakes too, so a typo ("txt") is not silently ignored.
 */
public final class LessonReader {
    /** The format this version reads ({@code "lesson": 1}). */
    public static final int FORMAT = 1;
    /** Larger than any lesson: a file this big is something else. */
    static final long MAX_BYTES = 1024 * 1024;
    private static final Set<String> TOP_KEYS = Set.of("lesson", "title", "steps");
    private static final Set<String> STEP_KEYS = Set.of("title", "text", "do", "show");
    private static final Set<String> SHOW_KEYS = Set.of("from", "kind", "field", "tab", "part");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private LessonReader() {
    }

    /** Reads a teacher's file; the file's name is what messages call it. */
    public static Lesson read(Path file) throws LessonFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new LessonFileException("file.error.tooBig", name, size, MAX_BYTES);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in);
            }
        } catch (NoSuchFileException e) {
            throw new LessonFileException("file.error.missing", name);
        } catch (IOException e) {
            throw new LessonFileException("file.error.unreadable", name);
        }
    }

    /** Reads a lesson from a stream (a built-in lesson from the resources). */
    public static Lesson read(String name, InputStream in) throws LessonFileException, IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new LessonFileException("file.error.json", name, line, column);
        }
        if (root == null || !root.isObject()) {
            throw new LessonFileException("file.error.shape", name);
        }
        unknownKeys(root, TOP_KEYS, key -> new LessonFileException("file.error.key", name, key, known(TOP_KEYS)));
        JsonNode format = root.get("lesson");
        if (format == null || !format.isInt() || format.asInt() != FORMAT) {
            throw new LessonFileException("file.error.version", name, format == null ? "—" : format.toString(), FORMAT);
        }
        Bilingual title = texts(root.get("title"));
        if (title == null) {
            throw new LessonFileException("file.error.title", name);
        }
        JsonNode steps = root.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            throw new LessonFileException("file.error.noSteps", name);
        }
        List<LessonStep> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            out.add(step(new Place(name, i + 1), steps.get(i)));
        }
        return new Lesson(name, title, out);
    }

    private static LessonStep step(Place at, JsonNode node) throws LessonFileException {
        if (!node.isObject()) {
            throw at.error("step.error.shape");
        }
        unknownKeys(node, STEP_KEYS, key -> at.error("step.error.key", key, known(STEP_KEYS)));
        Bilingual title = texts(node.get("title"));
        if (title == null) {
            throw at.error("step.error.text", "title");
        }
        Bilingual text = texts(node.get("text"));
        if (text == null) {
            throw at.error("step.error.text", "text");
        }
        LessonAction action = node.has("do") ? ActionReader.action(at, node.get("do")) : null;
        JsonNode show = node.get("show");
        MessagePick pick = null;
        String field = null;
        String tab = null;
        String part = null;
        if (show != null) {
            if (!show.isObject()) {
                throw at.error("step.error.showShape");
            }
            unknownKeys(show, SHOW_KEYS, key -> at.error("step.error.key", "show." + key, known(SHOW_KEYS)));
            String kind = at.string(show, "kind", null);
            if (kind == null) {
                throw at.error("step.error.showKind", known(MessagePick.KINDS));
            }
            if (!MessagePick.KINDS.contains(kind)) {
                throw at.error("step.error.choice", "kind", kind, known(MessagePick.KINDS));
            }
            String from = at.string(show, "from", null);
            if (from != null && !MessagePick.SIDES.contains(from)) {
                throw at.error("step.error.choice", "from", from, known(MessagePick.SIDES));
            }
            pick = new MessagePick(from, kind);
            field = at.string(show, "field", null);
            tab = at.string(show, "tab", null);
            if (tab != null && !LessonStep.TABS.contains(tab)) {
                throw at.error("step.error.choice", "tab", tab, known(LessonStep.TABS));
            }
            part = at.string(show, "part", null);
            java.util.Set<String> parts = tab == null ? java.util.Set.of() : LessonViews.PARTS.getOrDefault(tab, java.util.Map.of()).keySet();
            if (part != null && !parts.contains(part)) {
                throw at.error("step.error.choice", "part", part, parts.isEmpty() ? "-" : known(parts));
            }
        }
        return new LessonStep(title, text, action, pick, field, tab, part);
    }

    /** {@code {"en": "…", "ru": "…"}}, one language at least; null when absent or empty. */
    private static Bilingual texts(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode en = node.get("en");
        JsonNode ru = node.get("ru");
        Bilingual b = new Bilingual(en != null && en.isTextual() ? en.asText() : null,
                ru != null && ru.isTextual() ? ru.asText() : null);
        return b.isEmpty() ? null : b;
    }

    @FunctionalInterface
    interface Problem {
        LessonFileException about(String key);
    }

    static void unknownKeys(JsonNode node, Set<String> allowed, Problem problem) throws LessonFileException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!allowed.contains(key)) {
                throw problem.about(key);
            }
        }
    }

    static String known(java.util.Collection<String> names) {
        return String.join(", ", names.stream().sorted().toList());
    }

    /** Where in the file a value is: the file and the step (from 1), for the error sentences. */
    record Place(String file, int step) {
        LessonFileException error(String key, Object... more) {
            Object[] args = new Object[more.length + 2];
            args[0] = file;
            args[1] = step;
            System.arraycopy(more, 0, args, 2, more.length);
            return new LessonFileException(key, args);
        }

        /** A string value, or the fallback when absent; anything else than a string is a mistake. */
        String string(JsonNode node, String key, String fallback) throws LessonFileException {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isTextual()) {
                throw error("step.error.string", key);
            }
            return v.asText();
        }
    }
}
