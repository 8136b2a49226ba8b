package wsinspector.ui.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import wsinspector.capture.CaptureReader;
import wsinspector.dissect.ConnectionEventMessage;
import wsinspector.dissect.FrameMessage;
import wsinspector.dissect.Message;
import wsinspector.ui.I18n;

/**
 * Step mode over captures made by real programs: every step has a lesson. A capture's SYN, SYN-ACK and FIN had none,
 * and their page was one line, «На этом шаге передано байт: 0, от клиента к серверу:»; the compressed frames of
 * Chromium's conversation repeated the masking lesson and never said permessage-deflate or RSV1.
 */
class CaptureStepLessonsTest {

    @Test
    void everyStepOfACaptureHasALesson() throws Exception {
        for (String sample : List.of("jdk-client.pcapng", "chromium-deflate.pcapng", "protocol-error.pcapng",
                "hixie76-client.pcapng")) {
            List<String> without = new ArrayList<>();
            for (Message m : messages(sample)) {
                if (Lessons.forMessage(m).isEmpty()) {
                    without.add(m.kind() + " " + m.direction());
                }
            }
            assertEquals(List.of(), without, sample + ": steps without a lesson");
        }
    }

    @Test
    void theTcpEventsTellOpeningAndClosing() throws Exception {
        List<String> lessons = new ArrayList<>();
        for (Message m : messages("jdk-client.pcapng")) {
            if (m instanceof ConnectionEventMessage e) {
                lessons.add(e.event().flags() + " " + Lessons.forMessage(m));
            }
        }
        assertTrue(lessons.contains("SYN [lesson.tcp]"), lessons.toString());
        assertTrue(lessons.contains("SYN-ACK [lesson.tcp]"), lessons.toString());
        assertTrue(lessons.contains("FIN [lesson.close-tcp]"), lessons.toString());
    }

    @Test
    void aCompressedMessageTellsPermessageDeflateBeforeTheFraming() throws Exception {
        Message compressed = messages("chromium-deflate.pcapng").stream()
                .filter(m -> m instanceof FrameMessage f && f.header() != null && f.header().rsv1())
                .findFirst().orElseThrow();
        assertEquals("lesson.deflate", Lessons.forMessage(compressed).get(0));
    }

    @Test
    void theNewLessonsAreInBothLanguages() {
        for (I18n i18n : List.of(new I18n(I18n.ENGLISH), new I18n(I18n.RUSSIAN))) {
            for (String key : List.of("lesson.tcp", "lesson.close-tcp", "lesson.reset-tcp", "lesson.gap",
                    "lesson.deflate")) {
                assertFalse(i18n.t(key + ".title").equals(key + ".title"), key);
                assertFalse(i18n.t(key + ".explain").equals(key + ".explain"), key);
            }
            assertFalse(i18n.t("step.bytes.event", "SYN").startsWith("step."), "the event's bytes line");
        }
    }

    /**
     * hixie-76's steps tell each what it shows: the request its Key1, Key2 and 8 bytes (the challenge), the answer its
     * 16 bytes of MD5, the text frames the old framing, the close its 0xFF 0x00; steps 3 to 9 of 12 all repeated the
     * old framing's paragraph (W9-5). No step of any sample says a path the capture does not carry: the request's
     * lesson said «GET /chat HTTP/1.1» over «GET /», «GET /jdk», «GET /hixie76».
     */
    @Test
    void hixie76StepsTellTheirOwnPart() throws Exception {
        List<String> lessons = new ArrayList<>();
        for (Message m : messages("hixie76-client.pcapng")) {
            if (!(m instanceof ConnectionEventMessage)) {
                lessons.add(Lessons.forMessage(m).get(0));
            }
        }
        assertEquals(List.of("lesson.challenge", "lesson.legacy-answer", "lesson.legacy", "lesson.legacy",
                "lesson.legacy", "lesson.legacy", "lesson.legacy-close", "lesson.legacy-close"), lessons);
        for (I18n i18n : List.of(new I18n(I18n.ENGLISH), new I18n(I18n.RUSSIAN))) {
            for (String key : List.of("lesson.legacy-answer", "lesson.legacy-close")) {
                assertFalse(i18n.t(key + ".title").equals(key + ".title"), key);
                assertFalse(i18n.t(key + ".explain").equals(key + ".explain"), key);
            }
            assertFalse(i18n.t("lesson.request.explain").contains("GET /chat HTTP/1.1"), "the request's lesson names a path: "
                    + i18n.t("lesson.request.explain"));
        }
    }

    private static List<Message> messages(String sample) throws Exception {
        List<Message> all = new ArrayList<>();
        CaptureReader.read(Path.of("samples", sample), CaptureReader.Options.defaults()).connections()
                .forEach(c -> all.addAll(c.dissect().messages()));
        return all;
    }
}
