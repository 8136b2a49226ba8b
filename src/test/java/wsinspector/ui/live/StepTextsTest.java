package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import wsinspector.dissect.Direction;
import wsinspector.net.StepKind;
import wsinspector.net.StepOutcome;
import wsinspector.net.StepResult;
import wsinspector.ui.I18n;

/** The step texts come from the step's data and the dissection of its bytes, through the bundles. */
class StepTextsTest {
    private final I18n en = new I18n(I18n.ENGLISH);
    private final I18n ru = new I18n(I18n.RUSSIAN);

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static StepResult result(StepKind kind, Direction direction, byte[] bytes) {
        return new StepResult(kind, direction, bytes, StepOutcome.DONE, List.of());
    }

    /** The steps taken in order through one dissection, as the stepper takes them. */
    private static List<LiveStepper.Step> walk(StepResult... results) {
        StepDissection d = new StepDissection();
        List<LiveStepper.Step> steps = new java.util.ArrayList<>();
        for (StepResult r : results) {
            steps.add(new LiveStepper.Step(steps.size(), r, d.of(r)));
        }
        return steps;
    }

    /** The RFC's request and response (RFC 6455 §1.3), then one frame each way. */
    private static final byte[] REQUEST = ("GET /chat HTTP/1.1\r\nHost: server.example.com\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final byte[] RESPONSE = ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private List<LiveStepper.Step> handshakeThen(StepResult... frames) {
        List<StepResult> all = new java.util.ArrayList<>(List.of(
                result(StepKind.SEND_REQUEST, Direction.CLIENT_TO_SERVER, REQUEST),
                result(StepKind.RECEIVE_RESPONSE, Direction.SERVER_TO_CLIENT, RESPONSE),
                result(StepKind.VERIFY_ACCEPT, null, null)));
        all.addAll(List.of(frames));
        return walk(all.toArray(StepResult[]::new));
    }

    @Test
    void aMaskedFrameIsDescribedFromItsDissectionWithItsKeyAndText() {
        LiveStepper.Step sent = handshakeThen(result(StepKind.SEND_FRAME, Direction.CLIENT_TO_SERVER,
                hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"))).get(3); // RFC 6455 §5.7
        assertEquals("Text frame (opcode 0x1), FIN 1, masked with key 37 fa 21 3d, 5 bytes of payload: \"Hello\"",
                StepTexts.detail(en, sent));
    }

    @Test
    void aCloseFrameIsDescribedInRussian() {
        LiveStepper.Step close = handshakeThen(result(StepKind.RECEIVE_FRAME, Direction.SERVER_TO_CLIENT,
                hex("88 02 03 ea"))).get(3);
        assertEquals("Фрейм «Закрытие» (код 0x8), FIN 1, без маски, 2 Б данных: код закрытия 1002 (" + ru.t("close.1002") + ")",
                StepTexts.detail(ru, close));
        assertEquals(List.of("live.step.lesson.receive-close"), StepTexts.lessons(close));
    }

    /**
     * A count before «байт» needs its plural («2 байта», «182 байта», «5 байт»); the step texts said «2 байт данных» and
     * «182 байт в сети». They say «Б», as the timeline's labels do; English says «1 byte».
     */
    @Test
    void byteCountsReadRightWhateverTheNumber() {
        List<LiveStepper.Step> steps = handshakeThen(result(StepKind.SEND_FRAME, Direction.CLIENT_TO_SERVER,
                hex("81 81 37 fa 21 3d 5f"))); // one masked byte of text, "h"
        assertEquals("В сети 161 Б, клиент → сервер", StepTexts.bytesTitle(ru, steps.get(0)));
        assertTrue(StepTexts.detail(ru, steps.get(3)).contains(", 1 Б данных"), StepTexts.detail(ru, steps.get(3)));
        assertTrue(StepTexts.detail(en, steps.get(3)).contains(", 1 byte of payload"), StepTexts.detail(en, steps.get(3)));
    }

    @Test
    void theAcceptCheckIsTheDissectorsComputationOfTheResponse() {
        LiveStepper.Step verify = handshakeThen().get(2);
        assertEquals("dGhlIHNhbXBsZSBub25jZQ==", verify.accept().computation().key());
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", verify.accept().received());
        assertTrue(verify.accept().matches());
        assertEquals("HTTP/1.1 101 Switching Protocols", StepTexts.detail(en, handshakeThen().get(1)));
    }

    @Test
    void aBrokenFrameNamesTheRuleInTheReadersLanguage() {
        StepResult masked = new StepResult(StepKind.RECEIVE_FRAME, Direction.SERVER_TO_CLIENT,
                hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"), StepOutcome.PROTOCOL_ERROR, List.of()); // a server must not mask
        String text = StepTexts.detail(ru, handshakeThen(masked).get(3));
        assertTrue(text.startsWith(ru.t("live.step.outcome.PROTOCOL_ERROR") + "\n"), text);
        assertTrue(text.contains("\n⚠ "), text);
    }

    @Test
    void theTcpStepNamesBothEnds() {
        LiveStepper.Step open = walk(new StepResult(StepKind.OPEN_TCP, null, null, StepOutcome.DONE,
                List.of("127.0.0.1:5000", "127.0.0.1:8080", "tcp"))).get(0);
        assertEquals("From 127.0.0.1:5000 to 127.0.0.1:8080: no byte of WebSocket has crossed the wire yet.",
                StepTexts.detail(en, open));
    }

    @Test
    void aServerThatClosedBeforeTheRequestIsALessonInRussian() {
        LiveStepper.Step send = walk(new StepResult(StepKind.SEND_REQUEST, Direction.CLIENT_TO_SERVER, null,
                StepOutcome.SERVER_CLOSED_BEFORE_REQUEST, List.of("12"))).get(0);
        String text = StepTexts.detail(ru, send);
        assertTrue(text.startsWith("Сервер уже закрыл соединение: прошло 12 с без запроса"), text);
        assertEquals(ru.t("live.step.bytes.none"), StepTexts.bytesTitle(ru, send));
    }

    @Test
    void aBuiltRequestIsNotOnTheWireYet() {
        LiveStepper.Step built = walk(result(StepKind.BUILD_REQUEST, Direction.CLIENT_TO_SERVER, REQUEST)).get(0);
        assertTrue(StepTexts.bytesTitle(en, built).contains("not sent yet"), StepTexts.bytesTitle(en, built));
        assertEquals("GET /chat HTTP/1.1", StepTexts.detail(en, built));
    }

    @Test
    void httpLinesShowWhereEachLineEnds() {
        assertEquals("GET / HTTP/1.1↵\nHost: a↵\n↵\n", StepTexts.httpLines("GET / HTTP/1.1\r\nHost: a\r\n\r\n".getBytes()));
    }

    @Test
    void aSentCloseIsExplainedByTheClosingLesson() {
        List<LiveStepper.Step> steps = handshakeThen(
                result(StepKind.SEND_FRAME, Direction.CLIENT_TO_SERVER, hex("81 85 37 fa 21 3d 7f 9f 4d 51 58")),
                result(StepKind.RECEIVE_FRAME, Direction.SERVER_TO_CLIENT, hex("81 05 48 65 6c 6c 6f")),
                result(StepKind.SEND_FRAME, Direction.CLIENT_TO_SERVER, hex("88 82 00 00 00 00 03 e8")));
        assertEquals(List.of("lesson.masking"), StepTexts.lessons(steps.get(3)));
        assertEquals(List.of("lesson.close"), StepTexts.lessons(steps.get(5)));
    }

    @Test
    void everyLessonAndOutcomeOfEveryStepHasItsTextsInBothLanguages() {
        for (StepKind kind : StepKind.values()) {
            for (String key : StepTexts.lessons(walk(result(kind, null, null)).get(0))) {
                for (I18n i : List.of(en, ru)) {
                    assertFalse(i.t(key + ".title").equals(key + ".title"), key + ".title");
                    assertFalse(i.t(key + ".explain").equals(key + ".explain"), key + ".explain");
                }
            }
            assertFalse(en.t("live.step.kind." + kind).startsWith("live."), kind.name());
        }
        for (StepOutcome outcome : StepOutcome.values()) {
            if (outcome != StepOutcome.DONE) {
                for (I18n i : List.of(en, ru)) {
                    assertFalse(i.t("live.step.outcome." + outcome).startsWith("live."), outcome.name());
                }
            }
        }
    }

    @Test
    void theStepButtonsSayTheSameInFileAndLiveStepMode() {
        for (I18n i : List.of(en, ru)) {
            assertEquals(i.t("step.next"), i.t("live.step.next"));
            assertEquals(i.t("step.back"), i.t("live.step.back"));
        }
    }
}
