package wsinspector.legacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.legacy.Bytes.decode;
import static wsinspector.legacy.Bytes.decodeSplit;
import static wsinspector.legacy.Bytes.hex;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyFrameDecoderTest {

    @Test
    void textFrameHello() {
        List<LegacyFrame> frames = decode(hex("00 48 65 6c 6c 6f ff")); // "Hello"
        assertEquals(1, frames.size());
        LegacyFrame f = frames.get(0);
        assertEquals(LegacyFrame.Kind.TEXT_SENTINEL, f.kind());
        assertEquals(0x00, f.frameType());
        assertEquals("Hello", f.text());
        assertEquals(1, f.payloadOffset());
        assertEquals(5, f.payloadLength());
        assertEquals(-1, f.lengthFieldOffset());
        assertEquals(0, f.lengthFieldSize());
        assertFalse(f.truncated());
    }

    @Test
    void textFrameWithPrivateUseCharacter() {
        List<LegacyFrame> frames = decode(hex("00 41 70 70 6c 65 20 3d 20 ef a3 bf ff")); // "Apple = " + U+F8FF
        assertEquals("Apple = \uF8FF", frames.get(0).text());
        assertTrue(LegacyFrameValidator.validate(frames.get(0)).isEmpty());
    }

    @ParameterizedTest(name = "length {0} is {1}")
    @CsvSource({"2, 02", "128, 8100", "300, 822c", "0, 00", "127, 7f", "16384, 818000"})
    void lengthPrefixedFrameReadsSevenBitGroups(int length, String lengthHex) {
        byte[] lengthBytes = hex(lengthHex);
        byte[] stream = new byte[1 + lengthBytes.length + length];
        stream[0] = (byte) 0x80;
        System.arraycopy(lengthBytes, 0, stream, 1, lengthBytes.length);
        LegacyFrame f = decode(stream).get(0);
        assertEquals(LegacyFrame.Kind.LENGTH_PREFIXED, f.kind());
        assertEquals(length, f.declaredLength());
        assertEquals(length, f.payloadLength());
        assertEquals(1, f.lengthFieldOffset());
        assertEquals(lengthBytes.length, f.lengthFieldSize());
        assertEquals(1 + lengthBytes.length, f.payloadOffset());
        assertNull(f.text());
        assertFalse(f.truncated());
    }

    @Test
    void lengthTwoCarriesItsBytes() {
        LegacyFrame f = decode(hex("80 02 ca fe")).get(0);
        assertArrayEquals(hex("cafe"), f.payload());
    }

    @Test
    void ffZeroIsTheClosingHandshake() {
        LegacyFrame f = decode(hex("ff 00")).get(0);
        assertEquals(LegacyFrame.Kind.CLOSE, f.kind());
        assertEquals(0, f.payloadLength());
        assertTrue(LegacyFrameValidator.validate(f).isEmpty());
    }

    @Test
    void ffWithALengthIsNotTheClose() {
        LegacyFrame f = decode(hex("ff 01 aa")).get(0);
        assertEquals(LegacyFrame.Kind.LENGTH_PREFIXED, f.kind());
        assertEquals(0xFF, f.frameType());
    }

    @Test
    void framesCarryTheirStreamOffsets() {
        List<LegacyFrame> frames = decode(hex("00 48 69 ff 80 01 07 ff 00")); // "Hi", one byte, close
        assertEquals(List.of(0L, 4L, 7L), frames.stream().map(LegacyFrame::offset).toList());
        assertEquals(List.of(LegacyFrame.Kind.TEXT_SENTINEL, LegacyFrame.Kind.LENGTH_PREFIXED, LegacyFrame.Kind.CLOSE),
                frames.stream().map(LegacyFrame::kind).toList());
    }

    @Test
    void positionCountsEveryByteFed() {
        LegacyFrameDecoder decoder = new LegacyFrameDecoder(f -> { });
        decoder.feed(hex("00 48 65"), 0, 3);
        decoder.feed(hex("ff 00 ff 00"), 1, 2);
        assertEquals(5, decoder.position());
    }

    @Test
    void frameIsEmittedWhenItsLastByteArrives() {
        List<LegacyFrame> frames = new ArrayList<>();
        LegacyFrameDecoder decoder = new LegacyFrameDecoder(frames::add);
        decoder.feed(hex("00 48 65"), 0, 3);
        assertTrue(frames.isEmpty());
        decoder.feed(hex("ff"), 0, 1);
        assertEquals(1, frames.size());
    }

    @Test
    void finishEmitsAnUnterminatedTextFrameAsTruncated() {
        LegacyFrame f = decode(hex("00 48 65")).get(0);
        assertTrue(f.truncated());
        assertEquals(2, f.payloadLength());
        assertEquals("He", f.text());
    }

    @Test
    void finishEmitsAShortLengthPrefixedFrameAsTruncated() {
        LegacyFrame f = decode(hex("80 05 01 02")).get(0);
        assertTrue(f.truncated());
        assertEquals(5, f.declaredLength());
        assertEquals(2, f.payloadLength());
    }

    @Test
    void finishOnAFrameBoundaryEmitsNothing() {
        assertEquals(1, decode(hex("00 ff")).size());
    }

    @Test
    void aLengthOf2To62DoesNotAllocateAndSwallowsTheRest() {
        // 2^62 = 0x40 in the top 7-bit group and eight zero groups: c0 80 80 80 80 80 80 80 00 (9 bytes).
        byte[] stream = hex("80 c0 80 80 80 80 80 80 80 00 00 48 65 ff");
        List<LegacyFrame> frames = decode(stream);
        assertEquals(1, frames.size());
        LegacyFrame f = frames.get(0);
        assertEquals(1L << 62, f.declaredLength());
        assertTrue(f.lengthTooLarge());
        assertTrue(f.truncated());
        assertEquals(4, f.payloadLength());
    }

    @Test
    void moreThanNineLengthBytesIsTooLarge() {
        LegacyFrame f = decode(hex("80 81 81 81 81 81 81 81 81 81 81 01")).get(0);
        assertTrue(f.lengthTooLarge());
        assertEquals(-1, f.declaredLength());
        assertTrue(f.truncated());
    }

    @ParameterizedTest(name = "split in pieces of {0}")
    @ValueSource(ints = {1, 2, 3, 5, 7, 64})
    void anySplitGivesTheSameFrames(int piece) {
        byte[] stream = hex("00 48 65 6c 6c 6f ff 80 02 ca fe 80 81 00" + "00".repeat(128)
                + "00 41 70 70 6c 65 20 3d 20 ef a3 bf ff 01 ff ff 00 00 48");
        assertEquals(decode(stream), decodeSplit(stream, piece));
    }

    @Test
    void everySplitPointGivesTheSameFrames() {
        byte[] stream = hex("00 48 65 6c 6c 6f ff 80 82 2c" + "ab".repeat(300) + "ff 00 00 41 ff 80 05 01");
        List<LegacyFrame> whole = decode(stream);
        for (int cut = 0; cut <= stream.length; cut++) {
            List<LegacyFrame> frames = new ArrayList<>();
            LegacyFrameDecoder decoder = new LegacyFrameDecoder(frames::add);
            decoder.feed(stream, 0, cut);
            decoder.feed(stream, cut, stream.length - cut);
            decoder.finish();
            assertEquals(whole, frames, "cut at " + cut);
        }
    }

    @Test
    void randomBytesNeverThrowAndAccountForEveryByte() {
        Random random = new Random(76);
        for (int i = 0; i < 2000; i++) {
            byte[] stream = new byte[random.nextInt(200)];
            random.nextBytes(stream);
            List<LegacyFrame> frames = decodeSplit(stream, 1 + random.nextInt(16));
            long covered = 0;
            for (LegacyFrame f : frames) {
                assertEquals(covered, f.offset());
                covered += f.wire().length;
                LegacyFrameValidator.validate(f);
            }
            assertEquals(stream.length, covered);
            LegacyFrameValidator.validateAll(frames);
        }
    }
}
