package wsinspector.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import wsinspector.dissect.Chunk;

/** The dump fixtures of src/test/resources/wsinspector/capture (see the README there) and their bytes. */
final class Fixtures {
    /** 81 05 48 65 6c 6c 6f: unmasked "Hello"; 81 85 37 fa 21 3d 7f 9f 4d 51 58: masked "Hello" (RFC 6455 §5.7). */
    static final String FRAMES_HEX = "810548656c6c6f" + "818537fa213d7f9f4d5158";
    /** The bytes of frames.bin: the two frames and 100 zero bytes. */
    static final byte[] FRAMES = concat(HexFormat.of().parseHex(FRAMES_HEX), new byte[100]);

    private Fixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dump read(String text) throws DumpException {
        return DumpReader.read(text.getBytes(StandardCharsets.UTF_8), "dump.txt", null);
    }

    static String hex(Chunk chunk) {
        return HexFormat.of().formatHex(chunk.bytes());
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
