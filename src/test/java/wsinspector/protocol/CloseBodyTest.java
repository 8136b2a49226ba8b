package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class CloseBodyTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void codeAndReason() {
        CloseBody body = CloseBody.of(hex("03 e8 62 79 65")); // 1000 "bye"
        assertEquals(1000, body.code());
        assertEquals("bye", body.reason());
    }

    @Test
    void codeWithoutReason() {
        assertEquals(new CloseBody(1002, ""), CloseBody.of(hex("03 ea")));
    }

    @Test
    void noCodeMeansNoStatusReceived() { // RFC 6455 §7.1.5
        assertEquals(new CloseBody(1005, ""), CloseBody.of(new byte[0]));
        assertEquals(new CloseBody(1005, ""), CloseBody.of(hex("03")));
        assertFalse(CloseBody.hasCode(hex("03")));
        assertTrue(CloseBody.hasCode(hex("03 e8")));
    }
}
