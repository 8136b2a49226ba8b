package wsinspector.legacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static wsinspector.legacy.Bytes.decode;
import static wsinspector.legacy.Bytes.hex;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyFrameEncoderTest {

    @Test
    void textHello() {
        assertEquals("0048656c6c6fff", hex(LegacyFrameEncoder.text("Hello"))); // "Hello"
    }

    @Test
    void textWithPrivateUseCharacter() {
        assertEquals("004170706c65203d20efa3bfff", hex(LegacyFrameEncoder.text("Apple = \uF8FF")));
    }

    @Test
    void closeIsFfZero() {
        assertEquals("ff00", hex(LegacyFrameEncoder.close()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, 00", "2, 02", "127, 7f", "128, 8100", "300, 822c", "16383, ff7f", "16384, 818000",
            "2147483647, 87ffffff7f"})
    void lengthBytesAreSevenBitGroupsBigEndian(long length, String expected) {
        assertEquals(expected, hex(LegacyFrameEncoder.lengthBytes(length)));
    }

    @Test
    void negativeLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LegacyFrameEncoder.lengthBytes(-1));
    }

    @Test
    void binaryOfTwoBytes() {
        assertEquals("8002cafe", hex(LegacyFrameEncoder.binary(hex("cafe"))));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "Hello", "Apple = \uF8FF", "κόσμε", "\uD83D\uDE00 emoji"})
    void textRoundTrips(String text) {
        LegacyFrame f = decode(LegacyFrameEncoder.text(text)).get(0);
        assertEquals(text, f.text());
        assertTrue(LegacyFrameValidator.validate(f).isEmpty());
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 2, 127, 128, 300, 16384, 70000})
    void binaryRoundTrips(int size) {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        LegacyFrame f = decode(LegacyFrameEncoder.binary(data)).get(0);
        assertEquals(LegacyFrame.TYPE_BINARY, f.frameType());
        assertArrayEquals(data, f.payload());
        assertEquals(size, f.declaredLength());
        assertTrue(LegacyFrameValidator.validate(f).isEmpty());
    }

    @Test
    void closeRoundTrips() {
        assertEquals(LegacyFrame.Kind.CLOSE, decode(LegacyFrameEncoder.close()).get(0).kind());
    }
}
