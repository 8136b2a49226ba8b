package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.protocol.Hex.bytes;
import static wsinspector.protocol.Hex.concat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrameDecoderTest {
    private static final byte[] HELLO = "Hello".getBytes(StandardCharsets.US_ASCII);

    static List<DecodedFrame> decode(byte[] stream) {
        List<DecodedFrame> frames = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(frames::add);
        decoder.feed(stream, 0, stream.length);
        decoder.finish();
        return frames;
    }

    static List<DecodedFrame> decodeInPieces(byte[] stream, int pieceSize) {
        List<DecodedFrame> frames = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder(frames::add);
        for (int i = 0; i < stream.length; i += pieceSize) {
            decoder.feed(stream, i, Math.min(pieceSize, stream.length - i));
        }
        decoder.finish();
        return frames;
    }

    private static DecodedFrame only(byte[] stream) {
        List<DecodedFrame> frames = decode(stream);
        assertEquals(1, frames.size(), frames::toString);
        return frames.get(0);
    }

    /** The RFC 6455 §5.7 examples: hex, opcode, fin, masked, payload. */
    static Stream<Arguments> rfcExamples() {
        return Stream.of(
                Arguments.of("810548656c6c6f", 1, true, null, HELLO), // unmasked text "Hello"
                Arguments.of("818537fa213d7f9f4d5158", 1, true, "37fa213d", HELLO), // masked text "Hello"
                Arguments.of("010348656c", 1, false, null, bytes("48656c")), // first fragment "Hel"
                Arguments.of("80026c6f", 0, true, null, bytes("6c6f")), // last fragment "lo"
                Arguments.of("890548656c6c6f", 9, true, null, HELLO), // unmasked ping "Hello"
                Arguments.of("8a8537fa213d7f9f4d5158", 10, true, "37fa213d", HELLO), // masked pong "Hello"
                Arguments.of("880203e8", 8, true, null, bytes("03e8")), // close 1000
                Arguments.of("888237fa213d3412", 8, true, "37fa213d", bytes("03e8"))); // masked close 1000
    }

    @ParameterizedTest
    @MethodSource("rfcExamples")
    void decodesTheRfcExamples(String hex, int opcode, boolean fin, String key, byte[] payload) {
        byte[] wire = bytes(hex);
        DecodedFrame f = only(wire);
        assertEquals(0, f.offset());
        assertFalse(f.truncated());
        assertArrayEquals(wire, f.wire());
        assertEquals(opcode, f.header().opcode());
        assertEquals(fin, f.header().fin());
        assertEquals(key != null, f.header().masked());
        if (key != null) {
            assertArrayEquals(bytes(key), f.header().maskingKey());
            assertEquals(2, f.header().maskingKeyOffset());
        }
        assertArrayEquals(payload, f.unmaskedPayload());
    }

    @Test
    void decodesThe256ByteBinaryExample() {
        byte[] payload = new byte[256];
        new Random(3).nextBytes(payload);
        DecodedFrame f = only(concat(bytes("827e0100"), payload));
        assertEquals(126, f.header().lengthCode());
        assertEquals(256, f.header().payloadLength());
        assertEquals(2, f.header().extendedLengthSize());
        assertEquals(4, f.payloadOffsetInWire());
        assertArrayEquals(payload, f.unmaskedPayload());
    }

    @Test
    void decodesThe65536ByteBinaryExample() {
        byte[] payload = new byte[65536];
        new Random(4).nextBytes(payload);
        DecodedFrame f = only(concat(bytes("827f0000000000010000"), payload));
        assertEquals(127, f.header().lengthCode());
        assertEquals(65536, f.header().payloadLength());
        assertEquals(8, f.header().extendedLengthSize());
        assertEquals(10, f.header().headerLength());
        assertArrayEquals(payload, f.unmaskedPayload());
    }

    @Test
    void givesEachFrameItsStreamOffset() {
        List<DecodedFrame> frames = decode(bytes("010348656c" + "890548656c6c6f" + "80026c6f"));
        assertEquals(List.of(0L, 5L, 12L), frames.stream().map(DecodedFrame::offset).toList());
    }

    static Stream<Arguments> roundTrips() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (int length : new int[] {0, 1, 125, 126, 127, 65535, 65536}) {
            b.add(Arguments.of(length, false));
            b.add(Arguments.of(length, true));
        }
        return b.build();
    }

    @ParameterizedTest(name = "length {0}, masked {1}")
    @MethodSource("roundTrips")
    void encodeThenDecodeGivesTheSamePayload(int length, boolean masked) {
        byte[] payload = new byte[length];
        new Random(length).nextBytes(payload);
        FrameSpec spec = FrameSpec.binary(payload).withMask(masked ? bytes("a1b2c3d4") : null);
        byte[] wire = FrameEncoder.encode(spec);
        DecodedFrame f = only(wire);
        assertEquals(length, f.header().payloadLength());
        assertEquals(masked, f.header().masked());
        assertEquals(wire.length, f.header().headerLength() + length);
        assertArrayEquals(wire, f.wire());
        assertArrayEquals(payload, f.unmaskedPayload());
        assertEquals(f, decodeInPieces(wire, 7).get(0));
    }

    private static byte[] multiFrameStream() {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.writeBytes(bytes("818537fa213d7f9f4d5158")); // masked text "Hello"
        s.writeBytes(bytes("010348656c")); // "Hel"
        s.writeBytes(bytes("890548656c6c6f")); // ping between fragments
        s.writeBytes(bytes("80026c6f")); // "lo"
        s.writeBytes(FrameEncoder.encode(FrameSpec.binary(new byte[300]).withMask(bytes("01020304"))));
        s.writeBytes(bytes("8100")); // empty text
        s.writeBytes(bytes("880203e8")); // close 1000
        s.writeBytes(bytes("827e01")); // truncated in the extended length
        return s.toByteArray();
    }

    @Test
    void anySplitGivesTheSameFrames() {
        byte[] stream = multiFrameStream();
        List<DecodedFrame> expected = decode(stream);
        assertEquals(8, expected.size());
        for (int split = 0; split <= stream.length; split++) {
            List<DecodedFrame> frames = new ArrayList<>();
            FrameDecoder decoder = new FrameDecoder(frames::add);
            decoder.feed(stream, 0, split);
            decoder.feed(stream, split, stream.length - split);
            decoder.finish();
            assertEquals(expected, frames, "split at " + split);
        }
    }

    @Test
    void byteByByteGivesTheSameFrames() {
        byte[] stream = multiFrameStream();
        assertEquals(decode(stream), decodeInPieces(stream, 1));
    }

    @Test
    void randomSplitsGiveTheSameFrames() {
        byte[] stream = multiFrameStream();
        List<DecodedFrame> expected = decode(stream);
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<DecodedFrame> frames = new ArrayList<>();
            FrameDecoder decoder = new FrameDecoder(frames::add);
            for (int i = 0; i < stream.length; ) {
                int n = Math.min(stream.length - i, random.nextInt(20));
                decoder.feed(stream, i, n);
                i += n;
            }
            decoder.finish();
            assertEquals(expected, frames);
        }
    }

    @Test
    void finishEmitsAFrameCutInItsPayloadAsTruncated() {
        DecodedFrame f = only(bytes("8105486565")); // "Hel" of "Hello"
        assertTrue(f.truncated());
        assertEquals(5, f.header().payloadLength());
        assertArrayEquals(bytes("486565"), f.unmaskedPayload());
    }

    @Test
    void finishEmitsAFrameCutInItsHeaderWithoutHeader() {
        DecodedFrame f = only(bytes("81fe00")); // masked, 16-bit length cut
        assertTrue(f.truncated());
        assertNull(f.header());
        assertArrayEquals(bytes("81fe00"), f.wire());
        assertEquals(0, f.unmaskedPayload().length);
    }

    @Test
    void finishWithNothingInProgressEmitsNothing() {
        assertEquals(1, decode(bytes("8100")).size());
        assertEquals(0, decode(new byte[0]).size());
    }

    @Test
    void aLengthWithTheTopBitSetConsumesTheRestOfTheStream() {
        byte[] stream = concat(bytes("827f8000000000000001"), bytes("810548656c6c6f"));
        DecodedFrame f = only(stream);
        assertTrue(f.truncated());
        assertTrue(f.header().lengthTopBitSet());
        assertEquals(Long.MIN_VALUE + 1, f.header().payloadLength());
        assertArrayEquals(stream, f.wire());
        assertEquals(decode(stream), decodeInPieces(stream, 3));
    }

    @Test
    void anAbsurdLengthDoesNotAllocateIt() {
        byte[] stream = concat(bytes("827f4000000000000000"), new byte[1000]); // 2^62 bytes announced
        DecodedFrame f = only(stream);
        assertTrue(f.truncated());
        assertEquals(1L << 62, f.header().payloadLength());
        assertEquals(1010, f.wire().length);
    }

    @Test
    void positionCountsEveryByteFed() {
        FrameDecoder decoder = new FrameDecoder(f -> { });
        byte[] stream = bytes("810548656c6c6f8105486c");
        decoder.feed(stream, 0, stream.length);
        assertEquals(11, decoder.position());
        decoder.finish();
        assertEquals(11, decoder.position());
    }

    @Test
    @Timeout(10)
    void randomBytesNeverThrowAndAreAllAccountedFor() {
        Random random = new Random(6);
        for (int round = 0; round < 2000; round++) {
            byte[] stream = new byte[random.nextInt(200)];
            random.nextBytes(stream);
            List<DecodedFrame> frames = decodeInPieces(stream, 1 + random.nextInt(16));
            long total = 0;
            for (DecodedFrame f : frames) {
                assertEquals(total, f.offset());
                total += f.wire().length;
                f.unmaskedPayload();
            }
            assertEquals(stream.length, total);
            assertEquals(decode(stream), frames);
        }
    }
}
