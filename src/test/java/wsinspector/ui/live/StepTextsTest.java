package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import wsinspector.dissect.Direction;
import wsinspector.net.StepKind;
import wsinspector.net.StepResult;
import wsinspector.ui.I18n;

class StepTextsTest {
    private final I18n en = new I18n(I18n.ENGLISH);
    private final I18n ru = new I18n(I18n.RUSSIAN);

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static LiveStepper.Step step(StepKind kind, byte[] bytes, String detail) {
        return new LiveStepper.Step(0, new StepResult(kind, Direction.CLIENT_TO_SERVER, bytes, "lesson.x", true, detail), null);
    }

    @Test
    void aMaskedFrameIsDescribedWithItsKeyAndText() {
        assertEquals("Text frame (opcode 0x1), FIN 1, masked with key 37 fa 21 3d, 5 bytes of payload: \"Hello\"",
                StepTexts.frame(en, hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"))); // RFC 6455 §5.7
    }

    @Test
    void aCloseFrameIsDescribedInRussian() {
        assertEquals("Фрейм «Закрытие» (код 0x8), FIN 1, без маски, 2 байт данных: код закрытия 1002 (" + ru.t("close.1002") + ")",
                StepTexts.frame(ru, hex("88 02 03 ea")));
    }

    @Test
    void theTcpStepNamesBothEnds() {
        assertEquals("From 127.0.0.1:5000 to 127.0.0.1:8080: no byte of WebSocket has crossed the wire yet.",
                StepTexts.detail(en, step(StepKind.OPEN_TCP, new byte[0], "connected from 127.0.0.1:5000 to 127.0.0.1:8080")));
    }

    @Test
    void httpLinesShowWhereEachLineEnds() {
        assertEquals("GET / HTTP/1.1↵\nHost: a↵\n↵\n", StepTexts.httpLines("GET / HTTP/1.1\r\nHost: a\r\n\r\n".getBytes()));
    }

    @Test
    void aSentCloseIsExplainedByTheClosingLesson() {
        assertEquals(List.of("lesson.close"), StepTexts.lessons(step(StepKind.SEND_FRAME, hex("88 82 00 00 00 00 03 e8"), "")));
        assertEquals(List.of("lesson.frames", "lesson.masking"),
                StepTexts.lessons(step(StepKind.SEND_FRAME, hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"), "")));
    }

    @Test
    void everyLessonOfEveryStepHasATitleAndAnExplanationInBothLanguages() {
        for (StepKind kind : StepKind.values()) {
            for (String key : StepTexts.lessons(step(kind, hex("81 00"), ""))) {
                for (I18n i : List.of(en, ru)) {
                    assertFalse(i.t(key + ".title").equals(key + ".title"), key + ".title");
                    assertFalse(i.t(key + ".explain").equals(key + ".explain"), key + ".explain");
                }
            }
            assertFalse(en.t("live.step.kind." + kind).startsWith("live."), kind.name());
        }
    }
}
