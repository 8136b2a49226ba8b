package wsinspector.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class MaskingRowsTest {
    private static final byte[] KEY = hex("37 fa 21 3d");
    /** RFC 6455 §5.7: a masked "Hello" from a client. */
    private static final byte[] MASKED_HELLO = hex("81 85 37 fa 21 3d 7f 9f 4d 51 58");

    private static byte[] hex(String spaced) {
        return java.util.HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    @Test
    void rfcHelloUnmasksByteByByte() {
        MaskingRows rows = MaskingRows.of(MASKED_HELLO, 6, KEY); // RFC 6455 §5.7 masked "Hello"
        assertEquals(List.of("7f ⊕ 37 = 48 H", "9f ⊕ fa = 65 e", "4d ⊕ 21 = 6c l", "51 ⊕ 3d = 6c l", "58 ⊕ 37 = 6f o"),
                rows.rows().stream().map(MaskingRows.Row::text).toList());
        assertEquals(0, rows.remaining());
    }

    @Test
    void keyIndexRepeatsEveryFourBytes() {
        MaskingRows rows = MaskingRows.of(MASKED_HELLO, 6, KEY);
        assertEquals(List.of(0, 1, 2, 3, 0), rows.rows().stream().map(MaskingRows.Row::keyIndex).toList());
    }

    @Test
    void anchorsFirstPayloadByte() {
        // Wireshark anchor frame: key ef a7 d0 ec, first masked payload byte 1d (README of the anchors)
        byte[] frame = hex("c1 87 ef a7 d0 ec 1d");
        MaskingRows.Row first = MaskingRows.of(frame, 6, hex("ef a7 d0 ec")).rows().get(0);
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
