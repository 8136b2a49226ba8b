package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static wsinspector.protocol.Hex.bytes;
import static wsinspector.protocol.Hex.concat;
import static wsinspector.protocol.Hex.hex;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import wsinspector.protocol.FrameSpec.LengthEncoding;

/** The RFC 6455 §5.7 examples, built from their descriptions. */
class FrameEncoderTest {
    private static final byte[] RFC_KEY = bytes("37fa213d");
    private static final byte[] HELLO = "Hello".getBytes(StandardCharsets.US_ASCII);

    @Test
    void unmaskedTextHello() {
        assertEquals("810548656c6c6f", hex(FrameEncoder.encode(FrameSpec.text("Hello"))));
    }

    @Test
    void maskedTextHello() {
        assertEquals("818537fa213d7f9f4d5158", hex(FrameEncoder.encode(FrameSpec.text("Hello").withMask(RFC_KEY))));
    }

    @Test
    void fragmentedTextHello() {
        List<FrameSpec> frames = FrameEncoder.fragment(Opcode.TEXT.code(), HELLO, 3, null);
        assertEquals(2, frames.size());
        assertEquals("010348656c", hex(FrameEncoder.encode(frames.get(0))));
        assertEquals("80026c6f", hex(FrameEncoder.encode(frames.get(1))));
    }

    @Test
    void fragmentMasksEveryFrameWithTheSuppliedKey() {
        List<FrameSpec> frames = FrameEncoder.fragment(Opcode.BINARY.code(), new byte[10], 4, () -> RFC_KEY);
        assertEquals(3, frames.size());
        assertEquals("028437fa213d37fa213d", hex(FrameEncoder.encode(frames.get(0))));
        assertEquals("808237fa213d37fa", hex(FrameEncoder.encode(frames.get(2))));
    }

    @Test
    void fragmentOfAnEmptyMessageIsOneFinalFrame() {
        List<FrameSpec> frames = FrameEncoder.fragment(Opcode.TEXT.code(), new byte[0], 3, null);
        assertEquals(List.of(FrameSpec.text("")), frames);
    }

    @Test
    void unmaskedPingHello() {
        assertEquals("890548656c6c6f", hex(FrameEncoder.encode(FrameSpec.ping(HELLO))));
    }

    @Test
    void maskedPongHello() {
        assertEquals("8a8537fa213d7f9f4d5158", hex(FrameEncoder.encode(FrameSpec.pong(HELLO).withMask(RFC_KEY))));
    }

    @Test
    void binary256UsesThe16BitLength() {
        byte[] payload = new byte[256];
        assertArrayEquals(concat(bytes("827e0100"), payload), FrameEncoder.encode(FrameSpec.binary(payload)));
    }

    @Test
    void binary65536UsesThe64BitLength() {
        byte[] payload = new byte[65536];
        assertArrayEquals(concat(bytes("827f0000000000010000"), payload), FrameEncoder.encode(FrameSpec.binary(payload)));
    }

    @Test
    void close1000Unmasked() {
        assertEquals("880203e8", hex(FrameEncoder.encode(FrameSpec.close(1000, ""))));
    }

    @Test
    void close1000Masked() {
        assertEquals("888237fa213d3412", hex(FrameEncoder.encode(FrameSpec.close(1000, null).withMask(RFC_KEY))));
    }

    @Test
    void streamingHeaderMatchesTheWholeFrame() {
        assertEquals("c17f0000000000010000", hex(FrameEncoder.encodeHeader(true, true, 1, null, 65536)));
        assertEquals("82fe0100" + "37fa213d", hex(FrameEncoder.encodeHeader(true, false, 2, RFC_KEY, 256)));
    }

    @Test
    void encodesAReservedOpcodeAndAllRsvBitsFaithfully() {
        FrameSpec spec = FrameSpec.of(0x3, new byte[0]).withFin(false).withRsv1(true).withRsv2(true).withRsv3(true);
        assertEquals("7300", hex(FrameEncoder.encode(spec)));
    }

    @Test
    void encodesAnOversizedPingFaithfully() {
        byte[] frame = FrameEncoder.encode(FrameSpec.ping(new byte[200]));
        assertEquals("897e00c8", hex(java.util.Arrays.copyOf(frame, 4)));
        assertEquals(204, frame.length);
    }

    @Test
    void forcesNonMinimalLengths() {
        assertEquals("817e000548656c6c6f",
                hex(FrameEncoder.encode(FrameSpec.text("Hello").withLengthEncoding(LengthEncoding.FORCE_16))));
        assertEquals("817f000000000000000548656c6c6f",
                hex(FrameEncoder.encode(FrameSpec.text("Hello").withLengthEncoding(LengthEncoding.FORCE_64))));
    }

    @Test
    void writesATopBitLengthWhenAsked() {
        assertEquals("827f8000000000000000",
                hex(FrameEncoder.encodeHeader(true, false, false, false, 2, null, Long.MIN_VALUE, LengthEncoding.FORCE_64)));
    }

    @Test
    void refusesALengthThatDoesNotFit16Bits() {
        assertThrows(IllegalArgumentException.class,
                () -> FrameEncoder.encode(FrameSpec.binary(new byte[65536]).withLengthEncoding(LengthEncoding.FORCE_16)));
    }
}
