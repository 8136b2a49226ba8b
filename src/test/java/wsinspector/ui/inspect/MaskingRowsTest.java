package wsinspector.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class MaskingRowsTest {
    private static final byte[] KEY = Samples.hex("37 fa 21 3d");

    @Test
    void rfcHelloUnmasksByteByByte() {
        MaskingRows rows = MaskingRows.of(Samples.MASKED_HELLO, 6, KEY); // RFC 6455 §5.7 masked "Hello"
        assertEquals(List.of("7f ⊕ 37 = 48 H", "9f ⊕ fa = 65 e", "4d ⊕ 21 = 6c l", "51 ⊕ 3d = 6c l", "58 ⊕ 37 = 6f o"),
                rows.rows().stream().map(MaskingRows.Row::text).toList());
        assertEquals(0, rows.remaining());
    }

    @Test
    void keyIndexRepeatsEveryFourBytes() {
        MaskingRows rows = MaskingRows.of(Samples.MASKED_HELLO, 6, KEY);
        assertEquals(List.of(0, 1, 2, 3, 0), rows.rows().stream().map(MaskingRows.Row::keyIndex).toList());
    }

    @Test
    void anchorsFirstPayloadByte() {
        // Wireshark anchor frame: key ef a7 d0 ec, first masked payload byte 1d (README of the anchors)
        byte[] frame = Samples.hex("c1 87 ef a7 d0 ec 1d");
        MaskingRows.Row first = MaskingRows.of(frame, 6, Samples.hex("ef a7 d0 ec")).rows().get(0);
        assertEquals("1d ⊕ ef = f2", first.text().substring(0, 12));
    }

    @Test
    void longPayloadsListTheFirst64BytesAndCountTheRest() {
        byte[] frame = new byte[6 + 100];
        MaskingRows rows = MaskingRows.of(frame, 6, new byte[4]);
        assertEquals(64, rows.rows().size());
        assertEquals(36, rows.remaining());
    }

    @Test
    void multiByteCharactersShowAtTheirFirstByte() {
        String[] chars = MaskingRows.characters("Пр".getBytes(StandardCharsets.UTF_8)); // d0 9f d1 80
        assertEquals(List.of("П", "", "р", ""), List.of(chars));
    }

    @Test
    void spacesAndControlBytesAreVisible() {
        assertEquals(List.of("␣", "·", "·"), List.of(MaskingRows.characters(new byte[] {0x20, 0x0a, (byte) 0xff})));
    }
}
