package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static wsinspector.protocol.Hex.bytes;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksHelloWithKeyA1b2c3d4() {
        byte[] data = "Hello".getBytes(StandardCharsets.US_ASCII);
        Masking.toggle(data, 0, data.length, bytes("a1b2c3d4"), 0);
        assertArrayEquals(bytes("e9d7afb8ce"), data); // not e9 d7 af a8: the 4th byte is 'l' ^ d4
    }

    @Test
    void masksHelloWithTheRfcKey() {
        byte[] data = "Hello".getBytes(StandardCharsets.US_ASCII);
        Masking.toggle(data, 0, data.length, bytes("37fa213d"), 0);
        assertArrayEquals(bytes("7f9f4d5158"), data); // RFC 6455 §5.7
    }

    @Test
    void togglingTwiceRestoresTheData() {
        byte[] data = new byte[1000];
        new Random(1).nextBytes(data);
        byte[] copy = data.clone();
        byte[] key = bytes("01020304");
        Masking.toggle(data, 0, data.length, key, 0);
        Masking.toggle(data, 0, data.length, key, 0);
        assertArrayEquals(copy, data);
    }

    @Test
    void unmaskingInPiecesEqualsUnmaskingAtOnce() {
        byte[] data = new byte[301];
        new Random(2).nextBytes(data);
        byte[] key = bytes("deadbeef");
        byte[] whole = data.clone();
        Masking.toggle(whole, 0, whole.length, key, 0);
        for (int cut1 = 0; cut1 < 40; cut1++) {
            for (int cut2 = cut1; cut2 < data.length; cut2 += 37) {
                byte[] pieces = data.clone();
                Masking.toggle(pieces, 0, cut1, key, 0);
                Masking.toggle(pieces, cut1, cut2 - cut1, key, cut1);
                Masking.toggle(pieces, cut2, data.length - cut2, key, cut2);
                assertArrayEquals(whole, pieces);
            }
        }
    }

    @Test
    void wordAtATimeEqualsByteAtATime() {
        byte[] key = bytes("a1b2c3d4");
        for (int len = 0; len < 70; len++) {
            for (int pos = 0; pos < 4; pos++) {
                byte[] data = new byte[len + 3];
                new Random(len).nextBytes(data);
                byte[] expected = data.clone();
                for (int i = 0; i < len; i++) {
                    expected[3 + i] ^= key[(pos + i) % 4];
                }
                Masking.toggle(data, 3, len, key, pos);
                assertArrayEquals(expected, data, "len " + len + " pos " + pos);
            }
        }
    }

    @Test
    void copyingUnmaskLeavesTheSourceAndEqualsInPlace() {
        byte[] key = bytes("37fa213d");
        for (int len = 0; len < 70; len++) {
            for (int pos = 0; pos < 4; pos++) {
                byte[] source = new byte[len + 5];
                new Random(len * 4L + pos).nextBytes(source);
                byte[] original = source.clone();
                byte[] inPlace = source.clone();
                Masking.toggle(inPlace, 5, len, key, pos);
                byte[] copy = new byte[len + 2];
                Masking.copyToggled(source, 5, copy, 2, len, key, pos);
                assertArrayEquals(original, source, "source untouched, len " + len);
                assertArrayEquals(java.util.Arrays.copyOfRange(inPlace, 5, 5 + len),
                        java.util.Arrays.copyOfRange(copy, 2, 2 + len), "len " + len + " pos " + pos);
            }
        }
    }
}
