package wsinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The payload's hex, whole (short payloads) or read in pieces of any size (long ones): the same digits, unmasked. */
class PayloadHexTest {
    private static final int KEY_AT = 2;
    private static final int START = 6;

    @Test
    void readInPiecesOfAnySizeItIsTheUnmaskedPayloadInHex() {
        Random random = new Random(10);
        for (int size : new int[] {0, 1, 2, 3, 5, 17, 4097}) {
            byte[] wire = new byte[START + size];
            random.nextBytes(wire);
            for (boolean masked : new boolean[] {false, true}) {
                String expected = HexFormat.of().formatHex(unmasked(wire, masked));
                for (int piece : new int[] {1, 2, 3, 7, 64, 8192}) {
                    assertEquals(expected, readAll(new PayloadHex(wire, START, masked ? KEY_AT : -1), piece),
                            size + " bytes, masked " + masked + ", read " + piece + " chars at a time");
                }
                char[] out = new char[2 * size];
                assertEquals(2 * size, PayloadHex.write(wire, START, size, masked ? KEY_AT : -1, 0, out, 0));
                assertEquals(expected, new String(out));
            }
        }
    }

    private static byte[] unmasked(byte[] wire, boolean masked) {
        byte[] payload = new byte[wire.length - START];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (wire[START + i] ^ (masked ? wire[KEY_AT + (i & 3)] : 0));
        }
        return payload;
    }

    private static String readAll(PayloadHex hex, int piece) {
        StringBuilder all = new StringBuilder();
        char[] buf = new char[piece + 3];
        int n;
        while ((n = hex.read(buf, 3, piece)) > 0) {
            all.append(buf, 3, n);
        }
        return all.toString();
    }
}
