package wsinspector.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import wsinspector.dissect.Direction;
import wsinspector.dissect.Message;
import wsinspector.protocol.FrameHeader;

/** Drills from a seed, exercise files written and read back, a student's run and its score, both languages. */
class ExerciseSetTest {

    @Test
    void theSameSeedGivesEveryStudentTheSameDrill() throws Exception {
        ExerciseSet a = DrillGenerator.generate(2026, 20, "Drill");
        ExerciseSet b = DrillGenerator.generate(2026, 20, "Drill");
        assertEquals(a, b);
        assertNotEquals(a.exercises(), DrillGenerator.generate(2027, 20, "Drill").exercises());
        assertEquals(OptionalLong.of(2026), a.seed());
        for (ExerciseSpec spec : a.exercises()) {
            assertEquals(spec.blanks().size(), ExerciseMaker.make(spec).questions().size());
        }
    }

    @Test
    void drillsCoverOpcodesLengthClassesMasksAndFragments() {
        Set<Integer> opcodes = new java.util.HashSet<>();
        Set<Integer> lengthCodes = new java.util.HashSet<>();
        Set<Boolean> masks = new java.util.HashSet<>();
        Set<Boolean> fins = new java.util.HashSet<>();
        for (ExerciseSpec spec : DrillGenerator.generate(7, 100, "").exercises()) {
            FrameHeader h = FrameHeader.parse(spec.bytes(), 0, spec.bytes().length).orElseThrow();
            opcodes.add(h.opcode());
            lengthCodes.add(h.lengthCode() < 126 ? 0 : h.lengthCode());
            masks.add(h.masked());
            fins.add(h.fin());
            assertEquals(h.masked(), spec.direction() == Direction.CLIENT_TO_SERVER, "clients mask, servers do not");
        }
        assertEquals(Set.of(0, 1, 2, 8, 9, 10), opcodes);
        assertEquals(Set.of(0, 126, 127), lengthCodes);
        assertEquals(Set.of(true, false), masks);
        assertEquals(Set.of(true, false), fins);
    }

    @Test
    void aFileOpensAsTheSetThatWasSaved() throws Exception {
        ExerciseSet set = DrillGenerator.generate(42, 5, "Лабораторная 3");
        List<ExerciseSpec> specs = new ArrayList<>(set.exercises());
        specs.add(new ExerciseSpec(Message.Kind.HANDSHAKE_RESPONSE, Direction.SERVER_TO_CLIENT,
                ("HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: hsBlbuDTkk24srzEOTBUlZAlC2g=\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII), "Iv8io/9s+lYFgZWcXczP8Q==", List.of(Blank.ACCEPT), 0));
        ExerciseSet withHandshake = new ExerciseSet(set.title(), set.seed(), specs);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExerciseFile.write(withHandshake, out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"format\" : \"websocket-inspector/exercises\""), json);
        assertFalse(json.contains("hsBlbuDTkk24srzEOTBUlZAlC2g=\","), "the file holds bytes, not an answer field");
        assertEquals(withHandshake, ExerciseFile.read(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void brokenFilesSayWhatIsWrongAndWhere() {
        ExerciseTexts en = ExerciseTexts.forLocale(Locale.ENGLISH);
        assertEquals("The file is not JSON (line 2).", en.error(unreadable("{\n\"format\": ]")));
        assertEquals("The file is not an exercise set: its \"format\" is not \u201cwebsocket-inspector/exercises\u201d.",
                en.error(unreadable("{\"format\":\"har\"}")));
        String head = "{\"format\":\"websocket-inspector/exercises\",\"version\":1,\"exercises\":[";
        assertEquals("The file holds no exercises.", en.error(unreadable(head + "]}")));
        assertEquals("Exercise 1: there is no field called \u201cflag\u201d.", en.error(unreadable(head
                + "{\"message\":\"frame\",\"direction\":\"s2c\",\"bytes\":\"810548656c6c6f\",\"ask\":[\"flag\"]}]}")));
        assertEquals("Exercise 1: \u201cbytes\u201d is missing or wrong.", en.error(unreadable(head
                + "{\"message\":\"frame\",\"direction\":\"s2c\",\"bytes\":\"8x\",\"ask\":[\"fin\"]}]}")));
        assertEquals("Exercise 1: its message has no field \u201cmasking-key\u201d to ask for.", en.error(unreadable(head
                + "{\"message\":\"frame\",\"direction\":\"s2c\",\"bytes\":\"810548656c6c6f\",\"ask\":[\"masking-key\"]}]}")));
    }

    private static ExerciseException unreadable(String json) {
        return assertThrows(ExerciseException.class,
                () -> ExerciseFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aWrongAnswerThenARightOneScoresTheRightOne() throws Exception {
        ExerciseSet set = new ExerciseSet("", OptionalLong.empty(), List.of(
                ExerciseMakerTest.frame(Direction.CLIENT_TO_SERVER, ExerciseMakerTest.MASKED_HELLO, 0, Blank.OPCODE, Blank.MASK),
                ExerciseMakerTest.frame(Direction.SERVER_TO_CLIENT, ExerciseMakerTest.HELLO, 0, Blank.PAYLOAD_LENGTH)));
        ExerciseRun run = new ExerciseRun(set);
        List<Check> first = run.check(List.of("2", "1"));
        assertEquals(List.of(false, true), first.stream().map(Check::right).toList());
        assertEquals(new ExerciseRun.Score(1, 2, 3), run.score());
        run.check(List.of("0x1", "1"));
        assertTrue(run.go(1));
        run.check(List.of("5"));
        assertEquals(new ExerciseRun.Score(3, 3, 3), run.score());
        assertTrue(run.score().finished());
        assertFalse(run.go(2));
    }

    @Test
    void russianVerdictsHoldNoEnglishSentence() throws Exception {
        ExerciseTexts ru = ExerciseTexts.forLocale(Locale.forLanguageTag("ru"));
        Pattern english = Pattern.compile("\\b(?!FIN\\b|MASK\\b|XOR\\b|SHA\\b|Base64\\b|GUID\\b|mod\\b|hex\\b|Sec\\b"
                + "|WebSocket\\b|Accept\\b)[A-Za-z]{3,}\\b");
        for (ExerciseSpec spec : DrillGenerator.generate(3, 30, "").exercises()) {
            for (Question q : ExerciseMaker.make(spec).questions()) {
                for (String text : List.of(ru.prompt(q), ru.verdict(q.check("0")), ru.verdict(q.check(q.answer())))) {
                    Matcher m = english.matcher(text.replaceAll("'.'", ""));
                    assertFalse(m.find(), () -> "English in: " + text);
                }
            }
        }
    }

    @Test
    void bothLanguagesHaveEverySentence() throws Exception {
        assertEquals(keys("ExerciseTexts.properties"), keys("ExerciseTexts_ru.properties"));
    }

    private static Set<Object> keys(String name) throws Exception {
        Properties p = new Properties();
        try (var in = ExerciseTexts.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.keySet();
    }
}
