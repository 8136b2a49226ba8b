package wsinspector.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every window of RFC 7692 §7.1.2, checked by an oracle that reads the distances, not by zlib. */
class WindowedDeflaterTest {
    private static final byte[] TAIL = {0x00, 0x00, (byte) 0xFF, (byte) 0xFF};
    private static final int[] SIZES = {64, 4096, 65536, 4096, 64};

    @ParameterizedTest(name = "window bits {0}, context takeover")
    @ValueSource(ints = {8, 9, 10, 11, 12, 13, 14, 15})
    void neverRefersFurtherBackThanTheWindowAcrossMessages(int bits) {
        MessageDeflater deflater = new MessageDeflater(false, bits);
        MessageInflater inflater = new MessageInflater(false, 1 << 20);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        for (int i = 0; i < SIZES.length; i++) {
            byte[] message = DeflateSamples.message(SIZES[i], bits * 100L + i);
            byte[] compressed = deflater.deflate(message);
            assertArrayEquals(message, inflater.inflate(compressed).output(), "message " + i);
            stream.writeBytes(compressed);
            stream.writeBytes(TAIL);
            sent.writeBytes(message);
        }
        DeflateDistances.Result r = DeflateDistances.decode(stream.toByteArray());
        assertArrayEquals(sent.toByteArray(), r.output(), "the oracle decodes what zlib decodes");
        assertTrue(r.longestDistance() <= 1 << bits, "longest distance " + r.longestDistance() + " > " + (1 << bits));
        assertTrue(r.longestDistance() > (1 << bits) / 2 - 262, "the window is used, not just avoided: " + r.longestDistance());
    }

    @ParameterizedTest(name = "window bits {0}, no context takeover")
    @ValueSource(ints = {8, 12, 15})
    void withoutContextTakeoverEachMessageStandsAlone(int bits) {
        MessageDeflater deflater = new MessageDeflater(true, bits);
        for (int i = 0; i < SIZES.length; i++) {
            byte[] message = DeflateSamples.message(SIZES[i], i);
            byte[] compressed = deflater.deflate(message);
            DeflateDistances.Result r = DeflateDistances.decode(concat(compressed, TAIL)); // fails on a reference into the past
            assertArrayEquals(message, r.output());
            assertTrue(r.longestDistance() <= 1 << bits);
            assertArrayEquals(message, new MessageInflater(true, 1 << 20).inflate(compressed).output());
        }
    }

    @ParameterizedTest(name = "window bits {0}")
    @ValueSource(ints = {7, 16})
    void refusesAWindowOutsideTheRfc(int bits) {
        assertThrows(IllegalArgumentException.class, () -> new WindowedDeflater(bits));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
