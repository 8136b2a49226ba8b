package wsinspector.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wsinspector.ui.I18n;

/** Lesson files: what a teacher writes is read whole, and every mistake is one sentence naming the file and step. */
class LessonReaderTest {
    @TempDir
    Path dir;

    @Test
    void aTeachersFileIsReadAsWritten() throws Exception {
        Path file = write("mine.json", """
                {"lesson": 1, "title": {"ru": "Мой урок"},
                 "steps": [
                  {"title": {"en": "Start", "ru": "Начало"}, "text": {"en": "Go.", "ru": "Поехали."},
                   "do": {"action": "connect", "path": "/echo", "key": "dGhlIHNhbXBsZSBub25jZQ==",
                          "origin": "http://example.com", "subprotocols": ["chat"]},
                   "show": {"from": "server", "kind": "response", "field": "header.Sec-WebSocket-Accept", "tab": "handshake"}},
                  {"title": {"en": "Raw"}, "text": {"en": "Unmasked."},
                   "do": {"action": "sendRaw", "frame": {"opcode": 2, "hex": "01 02"}},
                   "show": {"kind": "binary", "tab": "legacy", "part": "frames"}},
                  {"title": {"en": "Ping"}, "text": {"en": "The server pings."},
                   "do": {"action": "serverPing", "payload": "hi"}},
                  {"title": {"en": "Bye"}, "text": {"en": "Close."}, "do": {"action": "close", "code": 4000, "reason": "x"}}
                 ]}
                """);

        Lesson lesson = LessonReader.read(file);

        assertEquals("mine.json", lesson.source());
        assertEquals("Мой урок", lesson.title().in(I18n.ENGLISH), "one language serves both");
        assertEquals(4, lesson.steps().size());
        LessonStep first = lesson.steps().get(0);
        assertEquals("Поехали.", first.text().in(I18n.RUSSIAN));
        assertEquals(new LessonAction.Connect("/echo", "dGhlIHNhbXBsZSBub25jZQ==", "http://example.com", List.of("chat"), false),
                first.action());
        assertEquals(new MessagePick("server", "response"), first.pick());
        assertEquals("header.Sec-WebSocket-Accept", first.field());
        assertEquals("handshake", first.tab());
        LessonAction.SendRaw raw = assertInstanceOf(LessonAction.SendRaw.class, lesson.steps().get(1).action());
        assertArrayEquals(HexFormat.of().parseHex("82020102"), raw.bytes(), "the frame's fields, unmasked as written");
        assertNull(lesson.steps().get(1).pick().from());
        assertEquals("frames", lesson.steps().get(1).part());
        assertEquals(new wsinspector.ui.inspect.StepTab("legacy", "legacy-frames"), LessonViews.of(lesson.steps().get(1)),
                "the part named is the one shown whole");
        assertEquals(wsinspector.ui.inspect.StepTab.ACCEPT, LessonViews.of(first), "the accept key's own part");
        assertArrayEquals("hi".getBytes(StandardCharsets.UTF_8),
                assertInstanceOf(LessonAction.ServerPing.class, lesson.steps().get(2).action()).payload());
        assertEquals(new LessonAction.Close(4000, "x"), lesson.steps().get(3).action());
        assertNull(lesson.steps().get(3).pick());
    }

    @Test
    void theBuiltInLessonsAreWholeInBothLanguages() {
        for (BuiltInLessons b : BuiltInLessons.values()) {
            Lesson lesson = b.load();
            assertTrue(lesson.steps().size() >= 10, b + " has its steps");
            for (LessonStep s : lesson.steps()) {
                assertFalse(s.title().ru().isBlank(), b + ": a Russian title");
                // titles may be a header's name alone ("Connection: Upgrade"); the texts are each in their language
                for (Bilingual text : List.of(s.text())) {
                    assertFalse(text.en().isBlank(), b + ": " + text);
                    assertTrue(text.ru().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                            b + ": Russian text in Russian: " + text.ru());
                    assertFalse(text.en().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                            b + ": English text in English: " + text.en());
                }
            }
        }
    }

    @Test
    void theNotesLessonUsesTheNotesKeyAndOrigin() {
        LessonAction.Connect connect = BuiltInLessons.NOTES.load().steps().stream().map(LessonStep::action)
                .filter(LessonAction.Connect.class::isInstance).map(LessonAction.Connect.class::cast).findFirst().orElseThrow();
        assertEquals("Iv8io/9s+lYFgZWcXczP8Q==", connect.key());
        assertEquals("https://mai.ru", connect.origin());
        assertEquals("/chat", connect.path());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not json                      | {"lesson": 1, "title": {"en": "x"} "steps": []}                | broken.json, line 1, column 36: this is not valid JSON here
            no steps                      | {"lesson": 1, "title": {"en": "x"}, "steps": []}                | broken.json: the lesson needs a list of steps
            a future format               | {"lesson": 2, "title": {"en": "x"}, "steps": [{}]}              | broken.json: "lesson" is 2; this version reads lesson files of format 1
            a typo at the top             | {"lesson": 1, "titel": {"en": "x"}, "steps": [{}]}              | broken.json: unknown key "titel" (known: lesson, steps, title).
            a step without text           | {"lesson": 1, "title": {"en": "x"}, "steps": [{"title": {"en": "a"}}]} | broken.json, step 1: "text" is missing
            an unknown action             | {"lesson": 1, "title": {"en": "x"}, "steps": [{"title": {"en": "a"}, "text": {"en": "b"}}, {"title": {"en": "a"}, "text": {"en": "b"}, "do": {"action": "sendTxt"}}]} | broken.json, step 2: "action": "sendTxt" is not known (one of: close, connect, ping, sendBinary, sendRaw, sendText, serverPing, startServer).
            a key the action does not take | {"lesson": 1, "title": {"en": "x"}, "steps": [{"title": {"en": "a"}, "text": {"en": "b"}, "do": {"action": "sendText", "txt": "hi"}}]} | broken.json, step 1: unknown key "do.txt" (known: action, fragment, text).
            bad hex                       | {"lesson": 1, "title": {"en": "x"}, "steps": [{"title": {"en": "a"}, "text": {"en": "b"}, "do": {"action": "sendRaw", "hex": "81 8"}}]} | broken.json, step 1: "hex" is not bytes in hex: "81 8"
            an unknown kind               | {"lesson": 1, "title": {"en": "x"}, "steps": [{"title": {"en": "a"}, "text": {"en": "b"}, "show": {"kind": "txt"}}]} | broken.json, step 1: "kind": "txt" is not known
            a close code out of range     | {"lesson": 1, "title": {"en": "x"}, "steps": [{"title": {"en": "a"}, "text": {"en": "b"}, "do": {"action": "close", "code": 999}}]} | broken.json, step 1: a close code is 1000 to 4999, not 999.
            a ping too long               | {"lesson": 1, "title": {"en": "x"}, "steps": [{"title": {"en": "a"}, "text": {"en": "b"}, "do": {"action": "ping", "payload": "%s"}}]} | broken.json, step 1: "payload" has 126 bytes; a control frame carries at most 125.
            a part the view does not have | {"lesson": 1, "title": {"en": "x"}, "steps": [{"title": {"en": "a"}, "text": {"en": "b"}, "show": {"kind": "text", "tab": "legacy", "part": "why"}}]} | broken.json, step 1: "part": "why" is not known (one of: differences, frames, reasons).
            a part without its view       | {"lesson": 1, "title": {"en": "x"}, "steps": [{"title": {"en": "a"}, "text": {"en": "b"}, "show": {"kind": "text", "part": "frames"}}]} | broken.json, step 1: "part": "frames" is not known (one of: -).
            a masking key of 3 bytes      | {"lesson": 1, "title": {"en": "x"}, "steps": [{"title": {"en": "a"}, "text": {"en": "b"}, "do": {"action": "sendRaw", "frame": {"mask": "01 02 03"}}}]} | broken.json, step 1: the masking key "01 02 03" is not 4 bytes of hex
            """)
    void aBrokenFileIsOneSentenceNamingFileAndStep(String what, String json, String expected) throws IOException {
        Path file = write("broken.json", json.formatted("x".repeat(126)));

        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonReader.read(file));

        assertTrue(e.getMessage().startsWith(expected), what + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        String russian = e.in(LessonWords.of(I18n.RUSSIAN));
        assertTrue(russian.startsWith("broken.json"), russian);
        assertTrue(russian.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                "said in Russian too: " + russian);
    }

    @Test
    void aMissingFileIsNamed() {
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonReader.read(dir.resolve("gone.json")));
        assertEquals("gone.json: no such file.", e.getMessage());
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = write("huge.json", " ".repeat((int) LessonReader.MAX_BYTES + 1));
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonReader.read(file));
        assertTrue(e.getMessage().startsWith("huge.json: "), e.getMessage());
    }

    @Test
    void theLessonWordsHaveTheSameKeysInBothLanguages() throws IOException {
        assertEquals(keys("LessonLabels.properties"), keys("LessonLabels_ru.properties"));
    }

    @Test
    void everyKeyTheLessonCodeUsesIsInItsBundle() throws IOException {
        java.util.Set<Object> known = keys("LessonLabels.properties");
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile(
                "\"((?:panel|note|file|step|error|menu|lesson|chooser)\\.[A-Za-z0-9.]+)\"");
        java.util.Set<String> missing = new java.util.TreeSet<>();
        try (var files = Files.list(Path.of("src/main/java/wsinspector/ui/lesson"))) {
            for (Path f : files.toList()) {
                java.util.regex.Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!known.contains(m.group(1)) && !m.group(1).endsWith(".css") && !m.group(1).endsWith(".")) {
                        missing.add(m.group(1));
                    }
                }
            }
        }
        assertEquals(java.util.Set.of(), missing);
    }

    private static java.util.Set<Object> keys(String name) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = LessonWords.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.keySet();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
