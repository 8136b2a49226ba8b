package wsinspector.dissect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static wsinspector.dissect.Bytes.hex;

import java.util.List;

import org.junit.jupiter.api.Test;

class FramingComparisonTest {
    @Test
    void helloFromAClientInBothFramings() {
        FramingComparison c = FramingComparison.ofText("Hello", hex("37 fa 21 3d"));
        assertArrayEquals(hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"), c.rfc6455().wire()); // RFC 6455 §5.7
        assertArrayEquals(hex("00 48 65 6c 6c 6f ff"), c.legacy().wire()); // draft: 0x00 <UTF-8> 0xFF
        assertEquals(4, c.sizeDifference());
        assertEquals(List.of(), c.rfc6455().problems());
        assertEquals(List.of(), c.legacy().problems());
        assertEquals("Hello", c.legacy().frame().text());
    }

    @Test
    void binaryUsesTheLengthPrefixedDraftFrame() {
        byte[] body = new byte[300];
        FramingComparison c = FramingComparison.of(2, body, null);
        assertArrayEquals(hex("82 2c"), java.util.Arrays.copyOfRange(c.legacy().wire(), 1, 3)); // 300 in 7-bit groups
        assertEquals(0x80, c.legacy().frame().frameType());
        assertEquals("300", c.rfc6455().root().find("frame.length16").orElseThrow().value());
    }
}
