package wsinspector.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the file holds, the reader returns a dump or a DumpException, quickly. */
class DumpReaderRobustnessTest {
    private static final String ALPHABET = "0123456789abcdefABCDEFxX:|>* \t\n\r,#-.gG";

    @Test
    @Timeout(20)
    void randomBytesNeverThrowAnythingElse() {
        Random random = new Random(6455);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            readTotally(bytes);
        }
    }

    @Test
    @Timeout(20)
    void randomDumpLikeTextNeverThrowsAnythingElse() {
        Random random = new Random(7692);
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int k = 0; k < length; k++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            readTotally(text.toString().getBytes(StandardCharsets.US_ASCII));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"frames.xxd", "frames.xxd-a", "frames.xxd-p", "frames.hexdump-C", "frames.od",
        "frames.od-octal", "frames.wireshark", "packets/ws.tcpdump-X", "packets/ws.tshark-x"})
    @Timeout(20)
    void mutatedFixturesNeverThrowAnythingElse(String fixture) {
        byte[] original = Fixtures.resource(fixture);
        Random random = new Random(fixture.hashCode());
        for (int i = 0; i < 1000; i++) {
            byte[] mutated = original.clone();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                mutated[random.nextInt(mutated.length)] = (byte) ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            readTotally(mutated);
        }
    }

    @Test
    @Timeout(120)   // a guard against a reading that is not one pass (hours), not a speed check: 38 s at load 17
    void fiftyMegabytesOfXxdReadInOnePass() throws DumpException {
        byte[] xxd = bigXxd(50 << 20);

        Dump dump = DumpReader.read(xxd, "big.xxd", null);

        assertEquals(DumpFormat.XXD, dump.format());
        byte[] bytes = dump.chunks().get(0).bytes();
        assertEquals(xxd.length / 68 * 16, bytes.length);
        assertEquals((byte) 0x81, bytes[16 * 1000]); // every line is the two frames, "Hello" and masked "Hello"
    }

    /** Lines of {@code xxd} output, 68 bytes each, all holding 81 05 48 65 6c 6c 6f 81 85 37 fa 21 3d 7f 9f 4d. */
    private static byte[] bigXxd(int approximateSize) {
        int lines = approximateSize / 68;
        byte[] out = new byte[lines * 68];
        byte[] tail = ": 8105 4865 6c6c 6f81 8537 fa21 3d7f 9f4d  ..Hello..7.!=..M\n".getBytes(StandardCharsets.US_ASCII);
        for (int line = 0; line < lines; line++) {
            byte[] offset = String.format("%08x", line * 16L).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(offset, 0, out, line * 68, 8);
            System.arraycopy(tail, 0, out, line * 68 + 8, tail.length);
        }
        return out;
    }

    private static void readTotally(byte[] bytes) {
        try {
            Dump dump = DumpReader.read(bytes, "fuzz.txt", null);
            assertTrue(dump.chunks().stream().allMatch(c -> c.bytes().length > 0));
        } catch (DumpException e) {
            assertTrue(e.getMessage().startsWith("fuzz.txt line "), e.getMessage());
        }
    }
}
