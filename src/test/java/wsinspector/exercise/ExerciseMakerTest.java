package wsinspector.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import wsinspector.dissect.Direction;
import wsinspector.dissect.Message;
import wsinspector.legacy.LegacyFrameEncoder;
import wsinspector.protocol.FrameEncoder;
import wsinspector.protocol.FrameSpec;

/** Exercises made from the RFC 6455 examples (§5.7), the course notes' handshake and a legacy frame. */
class ExerciseMakerTest {
    static final byte[] MASKED_HELLO = HexFormat.of().parseHex("818537fa213d7f9f4d5158");
    static final byte[] HELLO = HexFormat.of().parseHex("810548656c6c6f");
    static final ExerciseTexts EN = ExerciseTexts.forLocale(Locale.ENGLISH);

    static ExerciseSpec frame(Direction d, byte[] bytes, int index, Blank... blanks) {
        return new ExerciseSpec(Message.Kind.FRAME, d, bytes, null, List.of(blanks), index);
    }

    static List<String> answers(Exercise e) {
        return e.questions().stream().map(Question::answer).toList();
    }

    @Test
    void maskedHelloAnswersEveryHeaderField() throws Exception {
        Exercise e = ExerciseMaker.make(frame(Direction.CLIENT_TO_SERVER, MASKED_HELLO, 0, Blank.FIN, Blank.OPCODE,
                Blank.MASK, Blank.PAYLOAD_LENGTH, Blank.MASKING_KEY, Blank.PAYLOAD_BYTE));
        assertEquals(List.of("1", "1", "1", "5", "37 FA 21 3D", "48"), answers(e));
        Question opcode = e.questions().get(1);
        assertEquals(List.of(0, 4, 4), List.of(opcode.offset(), opcode.bitOffset(), opcode.bitLength()));
        assertEquals(2, e.questions().get(4).offset());
        assertEquals("Payload byte 0 (offset 6) is 0x7F on the wire; it is XORed with byte 0 of the masking key"
                + " (0 mod 4), 0x37: 0111 1111 \u2295 0011 0111 = 0100 1000, that is 0x48 'H'.",
                EN.reasoning(e.questions().get(5).why()));
        assertEquals("The first byte is 0x81 = 1000 0001; the opcode is its low four bits, 0001 = 0x01: Text.",
                EN.reasoning(opcode.why()));
        assertFalse(e.blanked(0), "decoding leaves the bytes visible");
    }

    @Test
    void answersAreReadNotCompared() throws Exception {
        Exercise e = ExerciseMaker.make(frame(Direction.CLIENT_TO_SERVER, MASKED_HELLO, 2, Blank.OPCODE,
                Blank.MASKING_KEY, Blank.PAYLOAD_BYTE));
        Question opcode = e.questions().get(0);
        for (String a : List.of("1", "0x1", "0x01", " 01 ")) {
            assertTrue(opcode.check(a).right(), a);
        }
        assertEquals(Check.Outcome.WRONG, opcode.check("2").outcome());
        assertEquals(Check.Outcome.UNREADABLE, opcode.check("text").outcome());
        assertEquals(Check.Outcome.EMPTY, opcode.check("  ").outcome());
        Question key = e.questions().get(1);
        for (String a : List.of("37 FA 21 3D", "37fa213d", "0x37 0xfa 0x21 0x3d", "37,FA,21,3D")) {
            assertTrue(key.check(a).right(), a);
        }
        assertFalse(key.check("37 FA 21").right());
        assertTrue(e.questions().get(2).check("6c").right(), "the third byte of Hello is 'l'");
    }

    @Test
    void unmaskedFrameReadsPayloadAsOnTheWire() throws Exception {
        Exercise e = ExerciseMaker.make(frame(Direction.SERVER_TO_CLIENT, HELLO, 4, Blank.MASK, Blank.PAYLOAD_BYTE));
        assertEquals(List.of("0", "6F"), answers(e));
        String why = EN.reasoning(e.questions().get(1).why());
        assertTrue(why.contains("not masked") && why.contains("0x6F 'o'"), why);
        ExerciseException x = assertThrows(ExerciseException.class,
                () -> ExerciseMaker.make(frame(Direction.SERVER_TO_CLIENT, HELLO, 0, Blank.MASKING_KEY)));
        assertEquals("This message has no field \u201cmasking-key\u201d to ask for.", EN.error(x));
    }

    @Test
    void extendedLengthsIncludeTheirBytes() throws Exception {
        byte[] b256 = FrameEncoder.encode(FrameSpec.binary(new byte[256]));
        Question q16 = ExerciseMaker.make(frame(Direction.SERVER_TO_CLIENT, b256, 0, Blank.PAYLOAD_LENGTH)).questions().get(0);
        assertEquals(List.of("256", "1", "3"), List.of(q16.answer(), "" + q16.offset(), "" + q16.length()));
        String why16 = EN.reasoning(q16.why());
        assertTrue(why16.contains("111 1110 = 126") && why16.contains("01 00 = 256"), why16);
        byte[] b64k = FrameEncoder.encode(FrameSpec.binary(new byte[65_536]));
        Question q64 = ExerciseMaker.make(frame(Direction.SERVER_TO_CLIENT, b64k, 0, Blank.PAYLOAD_LENGTH)).questions().get(0);
        assertEquals("65536", q64.answer());
        assertEquals(9, q64.length());
        assertTrue(EN.reasoning(q64.why()).contains("00 00 00 00 00 01 00 00 = 65536"), EN.reasoning(q64.why()));
    }

    @Test
    void closeCodeIsUnmaskedFirst() throws Exception {
        byte[] close = FrameEncoder.encode(FrameSpec.close(1000, "").withMask(new byte[] {1, 2, 3, 4}));
        Question q = ExerciseMaker.make(frame(Direction.CLIENT_TO_SERVER, close, 0, Blank.CLOSE_CODE)).questions().get(0);
        assertEquals("1000", q.answer());
        assertEquals("The first two payload bytes, unmasked, are 0x03 0xE8: 3 \u00d7 256 + 232 = 1000, Normal closure.",
                EN.reasoning(q.why()));
        assertTrue(q.check("0x3E8").right());
    }

    @Test
    void acceptValueIsBlankedAndComputedFromTheNotesKey() throws Exception {
        String response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: hsBlbuDTkk24srzEOTBUlZAlC2g=\r\n\r\n";
        byte[] bytes = response.getBytes(StandardCharsets.US_ASCII);
        Exercise e = ExerciseMaker.make(new ExerciseSpec(Message.Kind.HANDSHAKE_RESPONSE, Direction.SERVER_TO_CLIENT,
                bytes, "Iv8io/9s+lYFgZWcXczP8Q==", List.of(Blank.ACCEPT), 0));
        Question q = e.questions().get(0);
        int at = response.indexOf("hsBl");
        assertEquals(at, q.offset());
        assertEquals(28, q.length());
        assertTrue(e.blanked(at));
        assertFalse(e.blanked(at - 1));
        assertTrue(q.check("hsBlbuDTkk24srzEOTBUlZAlC2g=").right());
        assertTrue(EN.reasoning(q.why()).contains("Iv8io/9s+lYFgZWcXczP8Q==258EAFA5-E914-47DA-95CA-C5AB0DC85B11"));
    }

    @Test
    void legacyLengthBytesAreBlankedAndWrittenInSevenBitGroups() throws Exception {
        byte[] frame = LegacyFrameEncoder.binary(new byte[300]);
        Exercise e = ExerciseMaker.make(new ExerciseSpec(Message.Kind.LEGACY_FRAME, Direction.CLIENT_TO_SERVER, frame,
                null, List.of(Blank.LEGACY_LENGTH), 0));
        Question q = e.questions().get(0);
        assertEquals("82 2C", q.answer());
        assertEquals(1, q.offset());
        assertEquals(2, q.length());
        assertTrue(e.blanked(1));
        assertFalse(e.blanked(3));
        String why = EN.reasoning(q.why());
        assertTrue(why.contains("300 bytes") && why.contains("1000 0010 \u00b7 0010 1100 = 82 2C"), why);
    }

    @Test
    void onlyTheFieldsAMessageHasAreOffered() {
        assertEquals(List.of(Blank.FIN, Blank.OPCODE, Blank.MASK, Blank.PAYLOAD_LENGTH, Blank.PAYLOAD_BYTE),
                ExerciseMaker.applicable(frame(Direction.SERVER_TO_CLIENT, HELLO, 0)));
        List<Blank> masked = ExerciseMaker.applicable(frame(Direction.CLIENT_TO_SERVER, MASKED_HELLO, 0));
        assertTrue(masked.contains(Blank.MASKING_KEY) && !masked.contains(Blank.CLOSE_CODE) && !masked.contains(Blank.ACCEPT));
        assertEquals(List.of(), ExerciseMaker.applicable(frame(Direction.CLIENT_TO_SERVER, HexFormat.of().parseHex("8185"), 0)),
                "a frame cut short is no exercise");
        assertThrows(ExerciseException.class, () -> ExerciseMaker.make(frame(Direction.CLIENT_TO_SERVER, MASKED_HELLO, 0)));
    }
}
