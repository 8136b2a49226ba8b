package wsinspector.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wsinspector.dissect.Chunk;
import wsinspector.dissect.Dissector;
import wsinspector.dissect.Message;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;
import wsinspector.ui.I18n;
import wsinspector.ui.file.SampleDumps;

/** The arrows' labels and kinds, built from the model in both languages. */
class ArrowLabelsTest {
    private static final List<Message> NOTES = Dissector.dissect(SampleDumps.courseNotes()).messages();
    private static final List<Message> HIXIE = Dissector.dissect(SampleDumps.hixie76()).messages();

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "0 | GET /chat                              | GET /chat                               | HANDSHAKE",
        "1 | 101 Switching Protocols                | 101 Switching Protocols                 | HANDSHAKE",
        "2 | Text \"Hello\" (masked)                | Текст \"Hello\" (замаскирован)              | DATA",
        "3 | Text \"Hello\"                         | Текст \"Hello\"                         | DATA",
        "4 | Ping \"are you there?\"                | Пинг \"are you there?\"                 | CONTROL",
        "5 | Pong \"are you there?\" (masked)       | Понг \"are you there?\" (замаскирован)      | CONTROL",
        "6 | Close 1000 \"bye\" (masked)            | Закрытие 1000 \"bye\" (замаскирован)        | CLOSE",
        "7 | Close 1000 \"bye\"                     | Закрытие 1000 \"bye\"                   | CLOSE"})
    void courseNotes(int index, String english, String russian, ArrowKind kind) {
        Message m = NOTES.get(index);
        assertEquals(english, ArrowLabels.label(m, new I18n(I18n.ENGLISH)));
        assertEquals(russian, ArrowLabels.label(m, new I18n(I18n.RUSSIAN)));
        assertEquals(kind, ArrowKind.of(m));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "0 | GET /chat                         | HANDSHAKE",
        "1 | 101 WebSocket Protocol Handshake  | HANDSHAKE",
        "2 | 0x00 \"Hello\" 0xFF               | LEGACY",
        "4 | 0x80 4 bytes                      | LEGACY",
        "6 | 0xFF 0x00 Close                   | LEGACY"})
    void legacyFraming(int index, String english, ArrowKind kind) {
        Message m = HIXIE.get(index);
        assertEquals(english, ArrowLabels.label(m, new I18n(I18n.ENGLISH)));
        assertEquals(kind, ArrowKind.of(m));
    }

    @Test
    void aFirstFragmentSaysMoreFollows() {
        byte[] first = FrameEncoder.encode(FrameSpec.text("Hel").withFin(false));   // 01 03 48 65 6c
        byte[] last = FrameEncoder.encode(FrameSpec.continuation("lo".getBytes()));  // 80 02 6c 6f
        List<Message> m = Dissector.dissect(List.of(Chunk.of(wsinspector.dissect.Direction.SERVER_TO_CLIENT, first),
                Chunk.of(wsinspector.dissect.Direction.SERVER_TO_CLIENT, last))).messages();
        I18n en = new I18n(I18n.ENGLISH);
        assertEquals("Text \"Hel\" (FIN 0, more follows)", ArrowLabels.label(m.get(0), en));
        assertEquals("Continuation \"Hello\"", ArrowLabels.label(m.get(1), en));
    }

    /** The shortest words of a label too long for a narrow timeline: «(маск.)», the text's first twelve characters. */
    @Test
    void theCompactLabelShortensTheMaskAndTheQuote() {
        byte[] frame = FrameEncoder.encode(FrameSpec.text("Hello, fragments").withFin(false).withMask(new byte[] {1, 2, 3, 4}));
        List<Message> m = Dissector.dissect(List.of(Chunk.of(wsinspector.dissect.Direction.CLIENT_TO_SERVER, frame)))
                .messages();
        I18n ru = new I18n(I18n.RUSSIAN);
        assertEquals("Текст \"Hello, fragments\" (замаскирован) (FIN 0, продолжение следует)", ArrowLabels.label(m.get(0), ru));
        assertEquals("Текст \"Hello, fragm\"… (маск.) (FIN 0)", ArrowLabels.compact(m.get(0), ru));
    }

    /**
     * W7-6: control bytes in a text (random bytes read as one) are a middle dot, never a program's escapes, nor the
     * control pictures the window's fonts lack (whether the dot is drawable: {@link ControlGlyphTest}).
     */
    @Test
    void controlBytesInATextAreShownAsDotsNotEscapes() {
        byte[] frame = FrameEncoder.encode(FrameSpec.text("{\u001e\t!\n"));
        List<Message> m = Dissector.dissect(List.of(Chunk.of(wsinspector.dissect.Direction.SERVER_TO_CLIENT, frame)))
                .messages();
        String label = ArrowLabels.label(m.get(0), new I18n(I18n.RUSSIAN));
        assertEquals("Текст \"{··!·\"", label);
        assertTrue(label.indexOf('\\') < 0, label);
    }

    @Test
    void bytesThatAreNoMessageAreUndecoded() {
        // an HTTP head that never ends: the stream stops inside it
        List<Message> m = Dissector.dissect(List.of(SampleDumps.c2s("GET /chat HTTP/1.1\r\nHost: a".getBytes()))).messages();
        assertEquals(ArrowKind.UNDECODED, ArrowKind.of(m.get(0)));
        assertEquals("Undecoded, 27 bytes", ArrowLabels.label(m.get(0), new I18n(I18n.ENGLISH)));
        assertEquals("Не разобрано, 27 Б", ArrowLabels.label(m.get(0), new I18n(I18n.RUSSIAN)));
    }

    @Test
    void aMaskedServerFrameShowsItsProblemCount() {
        // 81 85 ...: a server must not mask (RFC 6455 §5.1)
        List<Message> m = Dissector.dissect(List.of(SampleDumps.c2s(SampleDumps.courseNotes().get(0).bytes()),
                SampleDumps.s2c(SampleDumps.courseNotes().get(1).bytes()),
                SampleDumps.s2c(FrameEncoder.encode(FrameSpec.text("Hello").withMask(SampleDumps.RFC_MASK))))).messages();
        assertEquals(true, m.get(2).problems().size() >= 1);
    }
}
