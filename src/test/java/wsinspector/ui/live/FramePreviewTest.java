package wsinspector.ui.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import wsinspector.protocol.FrameSpec;
import wsinspector.protocol.FrameSpec.LengthEncoding;
import wsinspector.protocol.Problem;
import wsinspector.ui.live.FramePreview.Part;

class FramePreviewTest {
    private static final byte[] KEY = HexFormat.of().parseHex("37fa213d");
    private static final FrameSpec MASKED_HELLO = FrameSpec.text("Hello").withMask(KEY);

    @Test
    void theRfcMaskedHelloHasItsBytesAndNoProblem() {
        FramePreview p = FramePreview.of(MASKED_HELLO);
        assertArrayEquals(HexFormat.of().parseHex("818537fa213d7f9f4d5158"), p.bytes()); // RFC 6455 §5.7 masked Hello
        assertTrue(p.valid(), () -> p.problems().toString());
    }

    @Test
    void segmentsSplitHeaderKeyAndPayload() {
        List<FramePreview.Segment> s = FramePreview.of(MASKED_HELLO).segments();
        assertEquals(List.of(Part.HEADER, Part.MASKING_KEY, Part.PAYLOAD), s.stream().map(FramePreview.Segment::part).toList());
        assertEquals("37 fa 21 3d", s.get(1).hex());
        assertEquals(6, s.get(2).offset());
    }

    @Test
    void anUnmaskedClientFrameBreaksTheMaskingRule() {
        FramePreview p = FramePreview.of(FrameSpec.text("Hello")); // 81 05 48 65 6c 6c 6f
        Problem problem = p.problems().get(0);
        assertEquals("client-frame-unmasked", problem.rule().id());
        assertEquals(1, problem.offset(), "the MASK bit is in byte 1 of the frame");
    }

    @Test
    void aForced16BitLengthShowsTheExtendedLengthAndIsNonMinimal() {
        FramePreview p = FramePreview.of(MASKED_HELLO.withLengthEncoding(LengthEncoding.FORCE_16));
        assertEquals("81 fe 00 05", p.hex().substring(0, 11));
        assertEquals(Part.LENGTH, p.segments().get(1).part());
        assertTrue(p.problems().stream().anyMatch(x -> x.rule().id().equals("non-minimal-length")));
    }

    @ParameterizedTest
    @CsvSource({"3, reserved-opcode", "11, reserved-opcode", "0, continuation-without-start"})
    void oddOpcodesAreJudged(int opcode, String rule) {
        FramePreview p = FramePreview.of(MASKED_HELLO.withOpcode(opcode));
        assertTrue(p.problems().stream().anyMatch(x -> x.rule().id().equals(rule)), () -> p.problems().toString());
    }

    @Test
    void aContinuationWithFinIsReadAsRfcFramingNotHixie() {
        // 0x80 also starts a hixie length-prefixed frame; the preview must still read an RFC 6455 frame.
        FramePreview p = FramePreview.of(FrameSpec.continuation("x".getBytes(StandardCharsets.UTF_8)).withMask(KEY));
        assertEquals("frame", p.root().key());
    }

    @Test
    void bitsOfTheFirstTwoBytes() {
        FramePreview p = FramePreview.of(MASKED_HELLO); // 0x81 = 1000 0001, 0x85 = 1000 0101
        assertArrayEquals(new boolean[] {true, false, false, false, false, false, false, true}, p.bits(0));
        assertArrayEquals(new boolean[] {true, false, false, false, false, true, false, true}, p.bits(1));
    }

    @Test
    void fieldOffsetsCountFromTheFramesFirstByte() {
        FramePreview p = FramePreview.of(MASKED_HELLO);
        assertEquals(0, p.root().offset());
        assertEquals(2, p.root().find("frame.maskingKey").orElseThrow().offset());
    }
}
